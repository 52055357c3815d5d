-- CreateTable
CREATE TABLE "Tombstone" (
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("entityType", "entityId")
);

-- CreateTable
CREATE TABLE "Kiosk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "siteCode" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "enrollmentCodeHash" TEXT NOT NULL,
    "enrollmentExpiresAt" DATETIME NOT NULL,
    "enrolledAt" DATETIME,
    "tokenHash" TEXT,
    "revokedAt" DATETIME,
    "lastHeartbeatAt" DATETIME,
    "appVersion" TEXT,
    "contentRevision" INTEGER,
    "outboxDepth" INTEGER,
    "outboxOldestAt" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Kiosk_siteCode_fkey" FOREIGN KEY ("siteCode") REFERENCES "Site" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Tombstone_revision_idx" ON "Tombstone"("revision");

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_enrollmentCodeHash_key" ON "Kiosk"("enrollmentCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_tokenHash_key" ON "Kiosk"("tokenHash");

-- CreateIndex
CREATE INDEX "Kiosk_siteCode_idx" ON "Kiosk"("siteCode");

