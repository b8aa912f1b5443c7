package org.liaison.common.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps what is not public out of the index: a {@link Publishable} is indexed while public and
 * deleted from the index as soon as it is not (a published item moved back to draft, say).
 */
final class PublishedOnlyRoutingBinder implements RoutingBinder {

	private final String[] visibility;

	PublishedOnlyRoutingBinder(String[] visibility) {
		this.visibility = visibility;
	}

	@Override
	public void bind(RoutingBindingContext context) {
		// A change to any property that decides visibility re-routes the document (in or out).
		for (String property : visibility) {
			context.dependencies().use(property);
		}
		context.bridge(Publishable.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<Publishable> {

		@Override
		public void route(DocumentRoutes routes, Object id, Publishable item, RoutingBridgeRouteContext context) {
			if (item.isPublic()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object id, Publishable item,
				RoutingBridgeRouteContext context) {
			// One index, no sharding: the only previous place a document may be is the index itself.
			routes.addRoute();
		}

	}

}
