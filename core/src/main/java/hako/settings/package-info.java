/**
 * Hako's settings in one typed place: defaults, overridden by a properties file, overridden by
 * command-line flags. Every key is documented in the README.
 */
package hako.settings;
