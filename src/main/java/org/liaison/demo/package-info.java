/** The demo data set (the Commission's "Regional and bilateral relations" page, as YAML) and its one-time load into an empty database. */
package org.liaison.demo;
