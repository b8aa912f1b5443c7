// The search page's results follow the box as one types (htmx, attributes on the form).
// htmx would otherwise add an inline <style> for its request indicators, which the
// Content-Security-Policy (style-src 'self') refuses; the page uses none.
if (window.htmx) {
	window.htmx.config.includeIndicatorStyles = false;
}
