/**
 * What every portal page shares, below all feature modules so that each can render its own pages:
 * the page context (language, messages, fallback resolution) and breadcrumbs.
 */
package org.liaison.common.web;
