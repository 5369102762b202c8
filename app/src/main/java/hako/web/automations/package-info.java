/**
 * The automations in the web: the three scenarios with their on/off switch (admins), settings and
 * counts; a scenario's dry run and latest decisions; the retargeting audience download (audited); the
 * background thread that evaluates the scenarios every {@code automation.run_every_seconds}; and the
 * delivery side: the public unsubscribe and tracked-link endpoints, message previews, per-scenario
 * statistics and the background delivery thread.
 */
package hako.web.automations;
