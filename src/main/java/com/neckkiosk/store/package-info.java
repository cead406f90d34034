/**
 * The kiosk's store: anonymous visits and staff alerts in H2, with Flyway migrations from
 * {@code db/migration}. No Swing or AWT here; nothing here runs on the event dispatch thread.
 *
 * <p>Start at {@link com.neckkiosk.store.KioskStore} (the repositories) and
 * {@link com.neckkiosk.store.StoreWriter} (writes off the touch screen's thread).
 * Opening happens in {@code StoreOpener}; statements live in {@code VisitRows},
 * {@code AlertRows}, {@code VisitCodes} and {@code PrivacyUpkeep}, all plain SQL; what is
 * H2's own is in {@code H2Dialect}, {@code TcpServer}, {@code OwnerKey}, {@code UpgradeBackup}
 * and the codes of {@code DatabaseErrors}.
 *
 * <p>The data folder holds {@code kiosk.mv.db} (the database), {@code kiosk-owner.key}
 * once the database has been served (back it up with the database), and, only while a
 * schema upgrade runs, {@code kiosk-before-upgrade.zip}.
 */
package com.neckkiosk.store;
