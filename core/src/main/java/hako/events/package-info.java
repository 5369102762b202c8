/**
 * Site events: what a shop's site reports (product views, carts, checkouts, purchases, logins),
 * checked ({@link hako.events.EventReader}), stored all or nothing per batch with group commit
 * ({@link hako.events.EventWriter}, {@link hako.events.EventStore}) or imported from CSV
 * ({@link hako.events.EventsCsvImport}). Visitors are merged with customers on login or purchase,
 * and purchases become orders.
 */
package hako.events;
