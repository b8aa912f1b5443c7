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

	@Override
	public void bind(RoutingBindingContext context) {
		// Every Publishable decides from its publication status, a persistent property named "status".
		context.dependencies().use("status");
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
