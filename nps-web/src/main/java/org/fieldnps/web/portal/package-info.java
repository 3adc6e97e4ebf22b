/** What every portal page shares: the layout's header and navigation. */
package org.fieldnps.web.portal;
