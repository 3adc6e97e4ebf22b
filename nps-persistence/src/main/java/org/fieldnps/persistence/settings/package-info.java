/** Organisation-wide settings that admins change: the company's name and the scoring policy. */
package org.fieldnps.persistence.settings;
