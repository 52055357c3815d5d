-- CreateTable
CREATE TABLE "Domain" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Department" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "DomainDepartment" (
    "domainSlug" TEXT NOT NULL,
    "departmentSlug" TEXT NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("domainSlug", "departmentSlug"),
    CONSTRAINT "DomainDepartment_domainSlug_fkey" FOREIGN KEY ("domainSlug") REFERENCES "Domain" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DomainDepartment_departmentSlug_fkey" FOREIGN KEY ("departmentSlug") REFERENCES "Department" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Site" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "DisclosureItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "domainSlug" TEXT NOT NULL,
    "departmentSlug" TEXT NOT NULL,
    "siteCode" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "level1" TEXT NOT NULL,
    "level2" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "timeLimit" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "channelsCounty" TEXT,
    "channelsTownship" TEXT,
    "isCountyLevel" BOOLEAN NOT NULL,
    "isTownshipLevel" BOOLEAN NOT NULL,
    "audience" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DisclosureItem_domainSlug_fkey" FOREIGN KEY ("domainSlug") REFERENCES "Domain" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DisclosureItem_departmentSlug_fkey" FOREIGN KEY ("departmentSlug") REFERENCES "Department" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DisclosureItem_siteCode_fkey" FOREIGN KEY ("siteCode") REFERENCES "Site" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisclosureRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "docNo" TEXT,
    "publisher" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "effectiveFrom" TEXT,
    "expiresOn" TEXT,
    "body" TEXT NOT NULL,
    "tableJson" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DisclosureRecord_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DisclosureItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Domain_name_key" ON "Domain"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Site_name_key" ON "Site"("name");

-- CreateIndex
CREATE INDEX "DisclosureItem_domainSlug_status_idx" ON "DisclosureItem"("domainSlug", "status");

-- CreateIndex
CREATE INDEX "DisclosureItem_revision_idx" ON "DisclosureItem"("revision");

-- CreateIndex
CREATE INDEX "DisclosureRecord_itemId_status_idx" ON "DisclosureRecord"("itemId", "status");

-- CreateIndex
CREATE INDEX "DisclosureRecord_revision_idx" ON "DisclosureRecord"("revision");

-- CreateIndex
CREATE UNIQUE INDEX "ContentVersion_entityType_entityId_version_key" ON "ContentVersion"("entityType", "entityId", "version");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

