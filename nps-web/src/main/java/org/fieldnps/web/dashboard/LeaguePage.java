package org.fieldnps.web.dashboard;

/** The league tables of engineers and teams. */
public class LeaguePage {

    static final String PAGE = "/league.xhtml";
}
