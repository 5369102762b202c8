/**
 * Site events over HTTP: {@code POST /api/v1/events} (authenticated by the shop's write key, not a
 * login; stateless, no CSRF, CORS for the shop's sites) and the {@code /hako.js} a shop pastes into
 * its pages. Storing is {@link hako.events}' group commit.
 */
package hako.web.events;
