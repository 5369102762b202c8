/*
 * Hako site events. Paste into every page of the shop:
 *   <script src="https://hako.example.jp/hako.js" data-key="WRITE_KEY"></script>
 * then call hako.track('product_view', {product_code, product_name, price, url}), 'add_to_cart',
 * 'remove_from_cart', 'checkout', 'purchase' (with order_id and items), and hako.identify(customerId)
 * when a customer logs in. The visitor's anonymous id is kept in a first-party cookie and localStorage.
 * Events are sent in batches (fetch keepalive; sendBeacon when the page is left), each with its own id,
 * so a batch sent twice is stored once.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.hako && window.hako.track) {
    return;
  }
  var key = script.getAttribute('data-key');
  var endpoint = script.getAttribute('data-endpoint') || new URL('/api/v1/events', script.src).href;
  var VISITOR = 'hako_vid';
  var CUSTOMER = 'hako_cid';
  var BATCH = 50;
  var FIELDS = ['product_code', 'product_name', 'price', 'quantity', 'order_id', 'url', 'items', 'customer_id'];
  var queue = [];
  var timer = null;

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  function stored(name) {
    try {
      var v = localStorage.getItem(name);
      if (v) {
        return v;
      }
    } catch (e) { /* storage blocked: the cookie still works */ }
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }

  function store(name, value) {
    try {
      localStorage.setItem(name, value);
    } catch (e) { /* the cookie is enough */ }
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; max-age=63072000; SameSite=Lax'
        + (location.protocol === 'https:' ? '; Secure' : '');
  }

  function visitorId() {
    var id = stored(VISITOR);
    if (!id) {
      id = uuid();
    }
    store(VISITOR, id);
    return id;
  }

  function send(batch, beacon, attempt) {
    var body = JSON.stringify({ write_key: key, events: batch });
    if (beacon && navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: 'text/plain' }))) {
      return;
    }
    fetch(endpoint, { method: 'POST', body: body, keepalive: true, credentials: 'omit',
      headers: { 'Content-Type': 'text/plain' } })
      .then(function (r) {
        if (r.status >= 500 || r.status === 429) {
          retry(batch, attempt);
        }
      })
      .catch(function () { retry(batch, attempt); });
  }

  function retry(batch, attempt) {
    if (attempt < 5) {
      setTimeout(function () { send(batch, false, attempt + 1); }, 1000 * Math.pow(2, attempt));
    }
  }

  function flush(beacon) {
    clearTimeout(timer);
    timer = null;
    while (queue.length) {
      send(queue.splice(0, BATCH), beacon, 0);
    }
  }

  function track(type, props) {
    var e = { event_id: uuid(), type: type, visitor_id: visitorId(), occurred_at: new Date().toISOString() };
    var customer = stored(CUSTOMER);
    if (customer) {
      e.customer_id = customer;
    }
    props = props || {};
    FIELDS.forEach(function (f) {
      if (props[f] !== undefined && props[f] !== null) {
        e[f] = props[f];
      }
    });
    if (!e.url && type !== 'identify') {
      e.url = location.href;
    }
    queue.push(e);
    if (queue.length >= BATCH) {
      flush(false);
    } else if (!timer) {
      timer = setTimeout(function () { flush(false); }, 1000);
    }
  }

  function identify(customerId) {
    store(CUSTOMER, String(customerId));
    track('identify', {});
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      flush(true);
    }
  });
  window.addEventListener('pagehide', function () { flush(true); });

  window.hako = { track: track, identify: identify, flush: function () { flush(false); }, visitorId: visitorId };
})();
