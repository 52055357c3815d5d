import { describe, expect, it } from "vitest";
import { resolvePlace, type SitePlace } from "../../../app/_shared/guides/resolve-place";

const county = {
  place: "道县政务服务中心（道县濂溪街道潇水中路88号）二楼",
  window: "民政综合窗口（21号窗口）",
  hours: "工作日上午8:00—12:00，下午14:30—17:30",
  phone: "0746-5222716",
};

const meihua: SitePlace = {
  siteCode: "431124101",
  siteName: "梅花镇",
  place: "梅花镇便民服务中心（梅花镇人民政府一楼）",
  window: "社会救助窗口（2号窗口）",
  hours: "工作日上午8:00—12:00；逢圩日上午7:30开门",
  phone: "0746-5461032",
};
const shouyan: SitePlace = { siteCode: "431124102", siteName: "寿雁镇", place: "寿雁镇便民服务中心", window: null, hours: "工作日", phone: "0746-5381146" };

describe("resolvePlace", () => {
  it("uses a township's own override at that township", () => {
    expect(resolvePlace(county, [meihua, shouyan], "431124101")).toEqual({
      place: meihua.place,
      window: meihua.window,
      hours: meihua.hours,
      phone: meihua.phone,
      isTownship: true,
      siteName: "梅花镇",
    });
    expect(resolvePlace(county, [meihua, shouyan], "431124102")).toMatchObject({ place: shouyan.place, window: null, isTownship: true });
  });

  it("falls back to the county hall at a township without an override", () => {
    expect(resolvePlace(county, [meihua], "431124212")).toEqual({ ...county, isTownship: false });
  });

  it("uses the county hall at the county hall and when no site is known", () => {
    expect(resolvePlace(county, [meihua], "431124000")).toEqual({ ...county, isTownship: false });
    expect(resolvePlace(county, [meihua])).toEqual({ ...county, isTownship: false });
    expect(resolvePlace(county, [meihua], null)).toEqual({ ...county, isTownship: false });
    expect(resolvePlace(county, [meihua], "")).toEqual({ ...county, isTownship: false });
  });

  it("reports a missing window as null and leaves the site name out when unknown", () => {
    const { window, ...noWindow } = county;
    void window;
    expect(resolvePlace(noWindow, []).window).toBeNull();
    const { siteName, ...anonymous } = meihua;
    void siteName;
    expect(resolvePlace(county, [anonymous], "431124101")).not.toHaveProperty("siteName");
  });
});
