/**
 * The {@code hako} command line: a thin picocli layer over the core library. Commands parse
 * flags, call the library and print; they hold no analytics of their own.
 */
package hako.cli;
