/** Logins, roles and accounts of the web app: who may see and change what. */
package hako.web.security;
