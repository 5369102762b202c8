/**
 * {@code hako dev-inbox}: a local SMTP server and a stand-in for the LINE Messaging API on loopback that
 * keep and show what Hako sends, to try the automations without a mail provider or a LINE channel.
 */
package hako.devinbox;
