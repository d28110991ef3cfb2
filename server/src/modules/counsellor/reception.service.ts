import { ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { regional, type WriteScope } from '../../common/authorization';
import { CrudService, throwIfAny } from '../../common/crud.service';
import type { FieldErrors } from '../../common/errors';
import { LocalizedText, toLocalizedText } from '../../common/localized-text';
import { requireSwedishWhereNeeded } from '../../common/validation';
import { Station } from '../station/station.entity';
import { Counsellor } from './counsellor.entity';
import { blankToNull, collectReference, refuseNulls, unique } from './counsellor.service';
import { Reception } from './reception.entity';
import {
  CreateReceptionInput,
  ReceptionFilter,
  ReceptionSortField,
  UpdateReceptionInput,
} from './reception.inputs';

type ReceptionInput = CreateReceptionInput | UpdateReceptionInput;
/** Fields that always hold a value: null on update is refused (on create it means the default). */
const REQUIRED = ['counsellorId', 'stationId', 'modes', 'targetGroups', 'free', 'active'];

export class ReceptionService extends CrudService<
  Reception,
  CreateReceptionInput,
  UpdateReceptionInput,
  ReceptionFilter
> {
  protected readonly entity = Reception;
  protected readonly label = 'Reception';
  protected readonly searchPaths = ['station.name.fi', 'counsellor.name'];

  protected where(filter: ReceptionFilter): FilterQuery<Reception>[] {
    const where: FilterQuery<Reception>[] = [];
    if (filter.counsellorId) where.push({ counsellor: filter.counsellorId });
    if (filter.stationId) where.push({ station: filter.stationId });
    if (filter.regionId) where.push({ station: { region: filter.regionId } });
    if (filter.municipalityId) where.push({ station: { municipality: filter.municipalityId } });
    if (filter.active != null) where.push({ active: filter.active });
    if (filter.modes?.length) where.push({ modes: { $overlap: filter.modes } });
    return where;
  }

  protected orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<Reception> {
    if (field === ReceptionSortField.STATION) return { station: { name: { fi: order } } };
    if (field === ReceptionSortField.COUNSELLOR) return { counsellor: { name: order } };
    // CREATED_AT, and the generic default when no sort is given.
    return { createdAt: order };
  }

  protected async apply(
    em: EntityManager,
    reception: Reception,
    input: ReceptionInput,
    creating: boolean,
  ): Promise<void> {
    const fields: FieldErrors = creating ? {} : refuseNulls(input, REQUIRED);
    const [counsellor, station] = await Promise.all([
      input.counsellorId
        ? collectReference(
            fields,
            this.reference(em, Counsellor, input.counsellorId, 'counsellorId'),
          )
        : reception.counsellor.load(),
      input.stationId
        ? collectReference(fields, this.reference(em, Station, input.stationId, 'stationId'))
        : reception.station.load(),
    ]);
    throwIfAny(fields);
    if (!counsellor || !station) throw new Error(`Reception ${reception.id} lost its references`);

    // A counsellor of one welfare region does not hold receptions in another.
    if (counsellor.region.id !== station.region.id) {
      const field = input.stationId || !input.counsellorId ? 'stationId' : 'counsellorId';
      fields[field] = ["the station is not in the counsellor's welfare region"];
    }
    // Checked before anything is assigned, so a refused input leaves the entity untouched.
    const texts = textsAfter(reception, input);
    const stationChanged = creating || reception.station.id !== station.id;
    await requireSwedish(fields, station, texts, {
      bookingInstructions: stationChanged || input.bookingInstructions !== undefined,
      notes: stationChanged || input.notes !== undefined,
    });
    throwIfAny(fields);

    reception.counsellor = ref(counsellor);
    reception.station = ref(station);
    Object.assign(reception, texts);
    if (input.modes) reception.modes = unique(input.modes);
    if (input.targetGroups) {
      reception.targetGroups = unique(input.targetGroups.map((g) => g.trim()).filter(Boolean));
    }
    if (input.free != null) reception.free = input.free;
    if (input.active != null) reception.active = input.active;
    if (input.source !== undefined) reception.source = blankToNull(input.source);
  }

  /** The station's region (the counsellor's too); a counsellor may not change the record itself. */
  protected async scopeOf(_em: EntityManager, reception: Reception): Promise<WriteScope> {
    return regional((await reception.station.loadOrFail()).region.id);
  }

  protected async dependents(): Promise<string[]> {
    // Nothing refers to a reception; its own schedule goes with it.
    return [];
  }
}

type Texts = Pick<Reception, 'bookingInstructions' | 'notes'>;

/** The public texts as they will be once the input is applied. */
function textsAfter(reception: Reception, input: ReceptionInput): Texts {
  return {
    bookingInstructions:
      input.bookingInstructions !== undefined
        ? toText(input.bookingInstructions)
        : reception.bookingInstructions,
    notes: input.notes !== undefined ? toText(input.notes) : reception.notes,
  };
}

/** Public texts need Swedish where the station's municipality is bilingual or Swedish. */
async function requireSwedish(
  fields: FieldErrors,
  station: Station,
  texts: Texts,
  check: Record<keyof Texts, boolean>,
): Promise<void> {
  const paths = (Object.keys(check) as (keyof Texts)[]).filter((p) => check[p] && texts[p]);
  if (!paths.length) return;
  const municipality = await station.municipality.loadOrFail();
  for (const path of paths) requireSwedishWhereNeeded(fields, path, texts[path], municipality);
}

function toText(input: CreateReceptionInput['notes']): LocalizedText | null {
  return input ? toLocalizedText(input) : null;
}
