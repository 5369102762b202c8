/**
 * The automations in the web: the three scenarios with their on/off switch (admins), settings and
 * counts; a scenario's dry run and latest decisions; the retargeting audience download (audited); and
 * the background thread that evaluates the scenarios every {@code automation.run_every_seconds}.
 */
package hako.web.automations;
