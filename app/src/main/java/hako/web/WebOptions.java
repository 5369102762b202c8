package hako.web;

import hako.settings.HakoSettings;
import java.nio.file.Path;

/**
 * How to serve a shop.
 *
 * @param host          address to listen on (127.0.0.1 keeps the app on this machine)
 * @param adminPassword the first admin's password; null to generate one and print it once
 * @param secureCookies mark the session cookie Secure (when the app is reached over HTTPS)
 */
public record WebOptions(Path db, String host, int port, HakoSettings settings, String adminPassword,
                         boolean secureCookies) {
}
