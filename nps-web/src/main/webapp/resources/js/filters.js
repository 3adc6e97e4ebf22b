/*
 * Makes the portal's GET filter forms quicker to use; without script they work with their
 * buttons. A change of region clears the team and engineer below it, so that the new URL does
 * not name a team of the old region; empty fields are left out of the URL, which stays short
 * enough to read and bookmark.
 */
(function () {
    "use strict";

    function leaveOutEmptyFields(form) {
        Array.prototype.forEach.call(form.elements, function (field) {
            if (field.name && field.value === "") {
                field.disabled = true;
            }
        });
    }

    document.addEventListener("submit", function (event) {
        if (event.target.classList.contains("js-get-form")) {
            leaveOutEmptyFields(event.target);
        }
    });

    document.addEventListener("change", function (event) {
        var field = event.target;
        if (!field.classList || !field.classList.contains("js-submit-on-change")) {
            return;
        }
        var clears = field.getAttribute("data-clears");
        if (clears) {
            clears.split(" ").forEach(function (name) {
                var below = field.form.elements[name];
                if (below) {
                    below.value = "";
                }
            });
        }
        leaveOutEmptyFields(field.form);
        field.form.submit();
    });

    document.documentElement.classList.add("js");
}());
