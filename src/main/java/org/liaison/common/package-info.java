/**
 * Small, stable value types shared by every module: {@link org.liaison.common.LocalizedText},
 * {@link org.liaison.common.Money}, {@link org.liaison.common.Slug}, the language list and
 * the reference that points at any item.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liaison.common;
