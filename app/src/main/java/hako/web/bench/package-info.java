/** The pages' benchmark: wrk on loopback against a served shop, beside the raw queries the pages stand on. */
package hako.web.bench;
