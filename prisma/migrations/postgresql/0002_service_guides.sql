-- CreateTable
CREATE TABLE "ServiceGuide" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "domainSlug" TEXT NOT NULL,
    "departmentSlug" TEXT NOT NULL,
    "implementer" TEXT NOT NULL,
    "basicCode" TEXT NOT NULL,
    "implementationCode" TEXT NOT NULL,
    "lifeEvents" TEXT NOT NULL,
    "legalLimit" TEXT NOT NULL,
    "promisedLimit" TEXT NOT NULL,
    "visits" INTEGER NOT NULL,
    "isOnline" BOOLEAN NOT NULL,
    "isKioskSupported" BOOLEAN NOT NULL,
    "elementsJson" TEXT NOT NULL,
    "updatedOn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceGuide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideSiteOverride" (
    "guideId" TEXT NOT NULL,
    "siteCode" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "window" TEXT,
    "hours" TEXT NOT NULL,
    "phone" TEXT NOT NULL,

    CONSTRAINT "GuideSiteOverride_pkey" PRIMARY KEY ("guideId","siteCode")
);

-- CreateTable
CREATE TABLE "GuideItem" (
    "guideId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,

    CONSTRAINT "GuideItem_pkey" PRIMARY KEY ("guideId","itemId")
);

-- CreateIndex
CREATE INDEX "ServiceGuide_domainSlug_status_idx" ON "ServiceGuide"("domainSlug", "status");

-- CreateIndex
CREATE INDEX "ServiceGuide_revision_idx" ON "ServiceGuide"("revision");

-- AddForeignKey
ALTER TABLE "ServiceGuide" ADD CONSTRAINT "ServiceGuide_domainSlug_fkey" FOREIGN KEY ("domainSlug") REFERENCES "Domain"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceGuide" ADD CONSTRAINT "ServiceGuide_departmentSlug_fkey" FOREIGN KEY ("departmentSlug") REFERENCES "Department"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideSiteOverride" ADD CONSTRAINT "GuideSiteOverride_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "ServiceGuide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideSiteOverride" ADD CONSTRAINT "GuideSiteOverride_siteCode_fkey" FOREIGN KEY ("siteCode") REFERENCES "Site"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideItem" ADD CONSTRAINT "GuideItem_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "ServiceGuide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideItem" ADD CONSTRAINT "GuideItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "DisclosureItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

