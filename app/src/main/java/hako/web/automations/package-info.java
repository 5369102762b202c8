/**
 * The delivery side of the automations in the web app: the public unsubscribe and tracked-link
 * endpoints, message previews, per-scenario statistics, and the background delivery thread.
 */
package hako.web.automations;
