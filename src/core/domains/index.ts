/** ZRM domains: the list, matching names and splitting cells, and the shared code space. */
export {
  ZRM_DOMAINS,
  STANDARD_ZRM_DOMAINS,
  SUPPLEMENTARY_ZRM_DOMAINS,
  ZRM_DOMAIN_VARIANTS,
} from "./zrmDomains";
export { matchDomain } from "./matchDomain";
export type { DomainMatch } from "./matchDomain";
export { splitDomainCell } from "./splitDomainCell";
export { DomainInterner } from "./DomainInterner";
