package org.fieldnps.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on the SMTP and IMAP ports the build reserved (nps.test.smtpPort, nps.test.imapPort),
 * for a test whose server sends mail. Every recipient gets a mailbox, readable over IMAP with the
 * address as both login and password. Kept apart from the test classes, which also load inside
 * the server, where GreenMail is not.
 */
final class TestMailServer {

    private TestMailServer() {
    }

    static AutoCloseable start() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("nps.test.smtpPort"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("nps.test.imapPort"), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return greenMail::stop;
    }
}
