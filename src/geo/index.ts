/** Place names: the administrative-division gazetteer and address reading. */
export { loadGazetteer, GAZETTEER_EDITION, type Division, type DivisionLevel } from './gazetteer.js';
export { parseChineseAddress, fullName as divisionFullName, type ParsedAddress, type UnknownPlace } from './address.js';
export { checkEnglishAddress, type EnglishUnknownPlace } from './pinyin.js';
export { editDistance } from './edit-distance.js';
export { describeUnknownPlace, type PlaceProblem } from './validate.js';
