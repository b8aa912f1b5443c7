/**
 * Partners — a country or an organisation such as the African Union — with their strategic flag,
 * policy regions, and the agreements and instruments signed with them.
 */
package org.liaison.partner;
