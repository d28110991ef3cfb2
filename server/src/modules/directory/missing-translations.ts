import { loadItems } from '../../common/load';
import type { LocalizedText } from '../../common/localized-text';
import type { Reception } from '../counsellor/reception.entity';
import type { Organization } from '../organization/organization.entity';
import { LanguageStatus, type Municipality } from '../region/municipality.entity';
import type { Region } from '../region/region.entity';
import type { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { ServiceArea } from '../service-catalogue/service.enums';
import type { Service } from '../service-catalogue/service.entity';
import type { Station } from '../station/station.entity';

/**
 * Which public texts of a record lack Swedish although the record serves a bilingual or
 * Swedish-speaking municipality (reference/welfare-regions.json marks them). Reported, not
 * refused: older records and records whose area changed can be incomplete, and the administrators
 * fix them from this list. Loads go through the dataloader, so a list costs one query per level.
 */
type Texts = Record<string, LocalizedText | null | undefined>;

export function missingSwedish(texts: Texts, needed: boolean): string[] {
  if (!needed) return [];
  return Object.entries(texts)
    .filter(([, text]) => text?.fi && !text.sv?.trim())
    .map(([path]) => `${path}.sv`);
}

function anyNeedsSwedish(municipalities: (Municipality | null | undefined)[]): boolean {
  return municipalities.some((m) => m && m.language !== LanguageStatus.FI);
}

async function stationNeedsSwedish(station: Station): Promise<boolean> {
  return anyNeedsSwedish([await station.municipality.load({ dataloader: true })]);
}

async function regionNeedsSwedish(region: Region | null | undefined): Promise<boolean> {
  return !!region && anyNeedsSwedish(await loadItems(region.municipalities));
}

export async function ofStation(station: Station): Promise<string[]> {
  const texts = { name: station.name, accessibility: station.accessibility };
  return missingSwedish(texts, await stationNeedsSwedish(station));
}

export async function ofServiceAtStation(delivery: ServiceAtStation): Promise<string[]> {
  const station = await delivery.station.load({ dataloader: true });
  return missingSwedish(
    { notes: delivery.notes },
    !!station && (await stationNeedsSwedish(station)),
  );
}

export async function ofReception(reception: Reception): Promise<string[]> {
  const station = await reception.station.load({ dataloader: true });
  const texts = { bookingInstructions: reception.bookingInstructions, notes: reception.notes };
  return missingSwedish(texts, !!station && (await stationNeedsSwedish(station)));
}

/** A service serves the municipalities of its area: all of Finland, its region, its list, its stations. */
export async function ofService(service: Service): Promise<string[]> {
  const texts = { name: service.name, description: service.description, cost: service.cost };
  return missingSwedish(texts, await serviceNeedsSwedish(service));
}

async function serviceNeedsSwedish(service: Service): Promise<boolean> {
  switch (service.area) {
    case ServiceArea.NATIONAL:
      return true;
    case ServiceArea.REGION:
      return regionNeedsSwedish(await service.region?.load({ dataloader: true }));
    case ServiceArea.MUNICIPALITIES:
      return anyNeedsSwedish(await loadItems(service.municipalities));
    default: {
      const deliveries = await loadItems(service.stations);
      const stations = await Promise.all(
        deliveries.map((d) => d.station.load({ dataloader: true })),
      );
      const needs = await Promise.all(stations.map((s) => (s ? stationNeedsSwedish(s) : false)));
      return needs.some(Boolean);
    }
  }
}

/** An organization without a region works nationally; otherwise its region's municipalities. */
export async function ofOrganization(organization: Organization): Promise<string[]> {
  const texts = { name: organization.name, description: organization.description };
  const needed = organization.region
    ? await regionNeedsSwedish(await organization.region.load({ dataloader: true }))
    : true;
  return missingSwedish(texts, needed);
}
