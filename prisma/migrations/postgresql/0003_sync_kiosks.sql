-- CreateTable
CREATE TABLE "Tombstone" (
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tombstone_pkey" PRIMARY KEY ("entityType","entityId")
);

-- CreateTable
CREATE TABLE "Kiosk" (
    "id" TEXT NOT NULL,
    "siteCode" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "enrollmentCodeHash" TEXT NOT NULL,
    "enrollmentExpiresAt" TIMESTAMP(3) NOT NULL,
    "enrolledAt" TIMESTAMP(3),
    "tokenHash" TEXT,
    "revokedAt" TIMESTAMP(3),
    "lastHeartbeatAt" TIMESTAMP(3),
    "appVersion" TEXT,
    "contentRevision" INTEGER,
    "outboxDepth" INTEGER,
    "outboxOldestAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kiosk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tombstone_revision_idx" ON "Tombstone"("revision");

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_enrollmentCodeHash_key" ON "Kiosk"("enrollmentCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "Kiosk_tokenHash_key" ON "Kiosk"("tokenHash");

-- CreateIndex
CREATE INDEX "Kiosk_siteCode_idx" ON "Kiosk"("siteCode");

-- AddForeignKey
ALTER TABLE "Kiosk" ADD CONSTRAINT "Kiosk_siteCode_fkey" FOREIGN KEY ("siteCode") REFERENCES "Site"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

