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

    /*
     * What a swap of the figures would otherwise lose: how far the page and each wide table are
     * scrolled, and which link has the keyboard focus, so that a refresh does not move the user.
     */
    function whereTheUserIs() {
        var focused = document.activeElement;
        return {
            x: window.scrollX,
            y: window.scrollY,
            sideways: Array.prototype.map.call(document.querySelectorAll("#figures .table-scroll"),
                function (table) {
                    return table.scrollLeft;
                }),
            focus: focused && focused.closest && focused.closest("#figures") && focused.getAttribute("href")
        };
    }

    function putBack(place) {
        Array.prototype.forEach.call(document.querySelectorAll("#figures .table-scroll"), function (table, i) {
            if (place.sideways[i]) {
                table.scrollLeft = place.sideways[i];
            }
        });
        if (window.scrollX !== place.x || window.scrollY !== place.y) {
            window.scrollTo(place.x, place.y);
        }
        if (place.focus) {
            var link = document.querySelector("#figures a[href=\"" + CSS.escape(place.focus) + "\"]");
            if (link) {
                link.focus({preventScroll: true});
            }
        }
    }

    /*
     * The live refresh: when new answers arrive, the page reads its own URL again and swaps in
     * the figures. The URL holds the whole state, so the user's filters stay as they are, and
     * the browser's history gains no step. Answers arriving during a refresh ask for one more.
     */
    var refreshing = false;
    var again = false;

    function refresh() {
        if (refreshing) {
            again = true;
            return;
        }
        refreshing = true;
        fetch(window.location.href, {credentials: "same-origin", headers: {"Accept": "text/html"}})
            .then(function (answer) {
                return answer.ok ? answer.text() : Promise.reject(answer.status);
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, "text/html");
                var place = whereTheUserIs();
                ["figures", "updated"].forEach(function (id) {
                    var now = document.getElementById(id);
                    var then = fresh.getElementById(id);
                    if (now && then) {
                        now.replaceWith(document.importNode(then, true));
                    }
                });
                putBack(place);
            })
            .catch(function () {
                return undefined;
            })
            .finally(function () {
                refreshing = false;
                if (again) {
                    again = false;
                    refresh();
                }
            });
    }

    window.fieldNps = {refresh: refresh};

    document.documentElement.classList.add("js");
}());
