/** 協議体: the layers they are listed under, and what a council's page shows of its notices. */
import { t } from '../i18n/ja';
import { COUNCIL_LAYERS } from '../schemas/council';
import { type NoticeLike, councilNotices, pastNotices, upcomingNotices } from './queries';

type Layer = (typeof COUNCIL_LAYERS)[number];

/** 第1層（市全体） / 第2層（地区ごと）. */
export const layerLabel = (layer: Layer) => t(`councils.layer${layer}`);

/** Every layer in order, with its councils in the given order (a layer without councils keeps its heading). */
export const councilsByLayer = <C extends { data: { layer: Layer } }>(councils: readonly C[]) =>
  COUNCIL_LAYERS.map((layer) => ({ layer, label: layerLabel(layer), councils: councils.filter((c) => c.data.layer === layer) }));

/** A council's meetings still to come, and everything else newest first. */
export function councilView<N extends NoticeLike>(councilId: string, notices: readonly N[], now: Date) {
  const own = councilNotices(notices, councilId);
  return { upcoming: upcomingNotices(own, now), past: pastNotices(own, now) };
}
