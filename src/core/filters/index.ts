/** Case filters: compiled once into a mask over the case table. */
export { compileFilters, filterKey } from "./compileFilters";
export { InvalidFilterError } from "./filterErrors";
