/**
 * Software names that mark a file as edited, graded by what the tool is for. Configuration, not
 * logic: extend the lists as new tools show up in cases.
 */
import type { Severity } from '../model/schema.js';

export interface EditorRule {
  pattern: RegExp;
  name: string;
  severity: Severity;
  why: string;
}

const IMAGE_EDIT = 'an image editor: the picture was opened and saved again in it';

/** EXIF Software / XMP CreatorTool values of image editors and retouching apps. */
export const IMAGE_EDITORS: EditorRule[] = [
  { pattern: /photoshop/i, name: 'Adobe Photoshop', severity: 'high', why: IMAGE_EDIT },
  { pattern: /\bgimp\b/i, name: 'GIMP', severity: 'high', why: IMAGE_EDIT },
  { pattern: /美图|meitu/i, name: '美图秀秀', severity: 'high', why: IMAGE_EDIT },
  { pattern: /醒图|hypic/i, name: '醒图', severity: 'high', why: IMAGE_EDIT },
  { pattern: /snapseed/i, name: 'Snapseed', severity: 'high', why: IMAGE_EDIT },
  { pattern: /picsart/i, name: 'PicsArt', severity: 'high', why: IMAGE_EDIT },
  { pattern: /paint\.net|pixelmator|affinity photo|photopea|fotor|canva/i, name: 'image editor', severity: 'high', why: IMAGE_EDIT },
  // Lightroom's Heal, Clone and Content-Aware Remove edit locally; a photo of a pay slip or statement
  // has no reason to go through a photo developer.
  { pattern: /lightroom/i, name: 'Adobe Lightroom', severity: 'high', why: 'a photo developer with local retouching tools (heal, clone, content-aware remove)' },
  { pattern: /微信|wechat|qq/i, name: 'messaging app', severity: 'info', why: 're-encoded by a messaging app; metadata lost, not itself an edit' },
];

/** PDF Producer / Creator values of tools whose purpose is changing an existing PDF. */
export const PDF_EDITORS: EditorRule[] = [
  { pattern: /pdfescape/i, name: 'PDFescape', severity: 'high', why: 'an online PDF editor' },
  { pattern: /phantompdf|foxit pdf editor|foxit.*edit/i, name: 'Foxit PDF Editor', severity: 'high', why: 'a PDF editor' },
  { pattern: /福昕.*编辑/i, name: '福昕PDF编辑器', severity: 'high', why: 'a PDF editor' },
  { pattern: /pdfelement|万兴/i, name: 'PDFelement', severity: 'high', why: 'a PDF editor' },
  { pattern: /sejda/i, name: 'Sejda', severity: 'high', why: 'an online PDF editor' },
  { pattern: /迅捷|极速pdf编辑|pdf.*编辑器/i, name: 'PDF 编辑器', severity: 'high', why: 'a PDF editor' },
  { pattern: /ilovepdf/i, name: 'iLovePDF', severity: 'high', why: 'an online PDF tool (edit, merge, convert): the bank did not issue this file as is' },
  { pattern: /smallpdf/i, name: 'Smallpdf', severity: 'high', why: 'an online PDF tool (edit, merge, convert): the bank did not issue this file as is' },
  { pattern: /acrobat (pro|standard)|adobe acrobat \d/i, name: 'Adobe Acrobat', severity: 'medium', why: 'saved in Acrobat, which edits text but is also used to sign, print and merge' },
  // Office suites are how many small employers make pay slips: worth a note, never a block on its own.
  { pattern: /\bwps\b|金山/i, name: 'WPS Office', severity: 'low', why: 'an office suite: typed by a person rather than printed by a payroll or bank system; many small employers make slips this way' },
  { pattern: /microsoft.*(word|excel)|libreoffice|openoffice/i, name: 'office suite', severity: 'low', why: 'an office suite: typed by a person rather than printed by a payroll or bank system; many small employers make slips this way' },
  { pattern: /foxit/i, name: 'Foxit', severity: 'low', why: 'Foxit reader/creator: often prints or converts, sometimes edits' },
];

export function matchEditor(value: string, rules: EditorRule[]): EditorRule | undefined {
  return rules.find((r) => r.pattern.test(value));
}
