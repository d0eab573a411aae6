/**
 * English wordings for the sixth blind clause set, written by a tester who had read neither the
 * review rules nor any earlier sample wording: standard clauses by topic, near-miss standard clauses
 * (harsh-looking, normal market practice) and unusual clauses.
 */
import type { Blind6Clause, Blind6Pool } from './blind6-types.js';

export const BLIND6_STANDARD_EN: Blind6Pool = {
  purpose: [
    { title: 'Purpose', text: 'The Borrower shall apply the Loan only towards the purchase of the residential property described in the Key Terms. The Borrower shall not use any part of the Loan for investment in securities, futures or real estate held for resale, or for any unlawful purpose.' },
    { title: 'Use of Proceeds', text: 'The proceeds of the Loan shall be used solely to pay tuition and living expenses of the Borrower\'s child in full-time education. The Borrower shall, on request, give the Lender receipts or other evidence of that use.' },
    { title: 'Purpose of the Loan', text: 'The Loan is made for the renovation of the Borrower\'s home and shall be paid by the Lender directly to the contractor named in the Borrower\'s drawdown request against a copy of the renovation contract.' },
  ],
  amount: [
    { title: 'The Loan', text: 'Subject to the terms of this Agreement, the Lender agrees to lend to the Borrower the principal amount stated in the Key Terms. The amount actually advanced shall be as shown in the drawdown receipt, which forms part of this Agreement.' },
    { title: 'Amount of the Facility', text: 'The Lender makes available to the Borrower a term loan facility in Renminbi in the amount set out in the Key Terms, to be drawn in a single advance.' },
  ],
  term: [
    { title: 'Term', text: 'The term of the Loan is thirty-six months commencing on the Drawdown Date. The Final Repayment Date is the date falling thirty-six months after the Drawdown Date.' },
    { title: 'Duration', text: 'This Loan runs for the term stated in the Key Terms, counted from the date on which the Loan is credited to the Borrower\'s account. If the Drawdown Date differs from the expected date, the Final Repayment Date moves accordingly.' },
  ],
  rate: [
    { title: 'Interest', text: 'Interest accrues on the outstanding principal at the fixed annual rate stated in the Key Terms from the Drawdown Date. Interest is calculated on the actual number of days elapsed and a year of 360 days.' },
    { title: 'Interest Rate', text: 'The Loan bears interest at the rate per annum set out in the Key Terms, which remains fixed for the whole term. Accrued interest is payable monthly in arrears on each Repayment Date.' },
  ],
  disbursement: [
    { title: 'Conditions of Drawdown', text: 'The Lender is not obliged to advance the Loan until it has received the signed mortgage, evidence of its registration, a copy of the Borrower\'s identity card, and a duly completed drawdown request. The Loan will be credited to an account in the Borrower\'s own name.' },
    { title: 'Drawdown', text: 'The Borrower may draw the Loan in one amount within sixty days after the date of this Agreement by giving the Lender not less than three Business Days\' notice. Any amount not drawn by the end of that period is cancelled.' },
  ],
  repayment: [
    { title: 'Repayment', text: 'The Borrower shall repay the Loan in thirty-six equal monthly instalments of principal and interest. Each instalment falls due on the Repayment Date in each month, and the Borrower authorises the Lender to debit the instalment from the Repayment Account on that date.' },
    { title: 'Repayment and Payments', text: 'The Borrower shall repay the Loan by equal monthly instalments as shown in the repayment schedule delivered at drawdown. Payments are applied first to costs, then to interest, then to principal.' },
  ],
  prepayment: [
    { title: 'Voluntary Prepayment', text: 'The Borrower may prepay the whole or any part of the Loan on any Repayment Date by giving the Lender not less than ten Business Days\' written notice. Interest on the amount prepaid is payable up to the date of prepayment only.' },
    { title: 'Prepayment', text: 'The Borrower may repay the Loan early, in full or in part, without penalty. After a partial prepayment the Borrower may choose either to shorten the remaining term or to reduce the amount of each remaining instalment.' },
  ],
  security: [
    { title: 'Security', text: 'The Loan is secured by a first-ranking mortgage over the property at the address stated in the Key Terms, to be executed and registered before drawdown. The Borrower shall keep the property insured for its full reinstatement value.' },
    { title: 'Guarantee', text: 'The Borrower\'s obligations are guaranteed by the guarantor named in the Key Terms under a separate guarantee on joint and several liability terms. If the guarantor\'s financial position deteriorates materially, the Borrower shall offer replacement security acceptable to the Lender.' },
  ],
  'default-interest': [
    { title: 'Late Payment', text: 'If the Borrower fails to pay any amount on its due date, interest accrues on the overdue amount from the due date to the date of actual payment at the contractual rate plus thirty per cent of that rate.' },
    { title: 'Overdue Interest', text: 'Any sum not paid when due bears interest at a rate equal to one and a half times the interest rate under this Agreement for the period from the due date until it is paid.' },
  ],
  reps: [
    { title: 'Representations', text: 'The Borrower represents that it has full capacity to enter into this Agreement, that all information given to the Lender in connection with the application is true and complete, and that no litigation is pending against it which could affect its ability to repay.' },
    { title: 'Representations and Warranties', text: 'The Borrower warrants that the statements of income and employment supplied to the Lender are accurate, that it has disclosed all of its existing borrowings, and that entering into this Agreement does not breach any other agreement binding on it.' },
  ],
  covenants: [
    { title: 'Undertakings', text: 'So long as any amount remains outstanding, the Borrower shall notify the Lender within ten days of any change of its address, telephone number or employer, and shall not sell, lease or further encumber the mortgaged property without the Lender\'s prior written consent.' },
    { title: 'Borrower\'s Obligations', text: 'The Borrower shall pay all amounts due punctually, use the Loan only for the agreed purpose, and provide the Lender with such information about the use of the Loan as the Lender may reasonably request.' },
  ],
  lender: [
    { title: 'Lender\'s Obligations', text: 'The Lender shall advance the Loan in accordance with this Agreement and shall keep the Borrower\'s personal information confidential, save where disclosure is required by law or by a regulator.' },
  ],
  fees: [
    { title: 'Costs and Expenses', text: 'The Borrower shall pay the valuation fee, the mortgage registration fee and any notarial fee actually incurred in connection with this Agreement. No other fee is payable unless agreed in writing.' },
    { title: 'Fees', text: 'The Lender charges no arrangement fee for the Loan. Third-party charges for valuation, registration and insurance are borne by the Borrower at cost, on production of invoices.' },
  ],
  'credit-info': [
    { title: 'Credit Reference', text: 'The Borrower consents to the Lender obtaining its credit report from the Credit Reference Center of the People\'s Bank of China and reporting the Borrower\'s repayment record to that database, in accordance with applicable law.' },
    { title: 'Personal Information', text: 'The Lender will collect and use the Borrower\'s personal information only for the purpose of assessing, administering and enforcing the Loan, and will handle it in accordance with the Personal Information Protection Law.' },
  ],
  default: [
    { title: 'Events of Default', text: 'Each of the following is an Event of Default: the Borrower fails to pay any amount within fifteen days after its due date; any representation made by the Borrower proves to have been materially incorrect when made; the Borrower uses the Loan other than for the agreed purpose; or the security becomes invalid and is not replaced within thirty days.' },
    { title: 'Default', text: 'If the Borrower breaches any of its obligations under this Agreement and, where the breach is capable of remedy, does not remedy it within twenty days after written notice from the Lender, the Lender may suspend any undrawn part of the Loan.' },
  ],
  assignment: [
    { title: 'Assignment', text: 'The Borrower may not assign or transfer any of its rights or obligations under this Agreement without the prior written consent of the Lender. The Lender may transfer its rights to another financial institution upon notice to the Borrower.' },
  ],
  notices: [
    { title: 'Notices', text: 'Any notice under this Agreement shall be in writing and delivered by hand, by registered post or by e-mail to the address of the recipient stated in this Agreement or such other address as it has notified to the other party.' },
    { title: 'Communications', text: 'Communications under this Agreement are effective on receipt. A party shall promptly notify the other of any change of its postal or e-mail address.' },
  ],
  dispute: [
    { title: 'Dispute Resolution', text: 'The parties shall first try to settle any dispute arising out of this Agreement through friendly consultation. Failing settlement within thirty days, either party may bring the dispute before the people\'s court having jurisdiction over the defendant\'s domicile.' },
    { title: 'Arbitration', text: 'Any dispute arising from or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Centre for arbitration in accordance with its rules in force at the time of application. The arbitral award is final and binding on both parties.' },
  ],
  law: [
    { title: 'Governing Law', text: 'This Agreement is governed by and shall be construed in accordance with the laws of the People\'s Republic of China.' },
    { title: 'Applicable Law', text: 'The formation, validity, interpretation and performance of this Agreement are governed by the laws of the People\'s Republic of China, excluding for this purpose the laws of Hong Kong, Macau and Taiwan.' },
  ],
  changes: [
    { title: 'Amendments', text: 'No amendment or waiver of any term of this Agreement is effective unless it is in writing and signed by both the Lender and the Borrower.' },
  ],
  effect: [
    { title: 'Effectiveness', text: 'This Agreement takes effect on the date it is signed by the Borrower and sealed by the Lender and terminates when all amounts payable under it have been paid in full.' },
    { title: 'Counterparts and Effect', text: 'This Agreement is executed in two counterparts, one for each party, each of which is an original. It becomes effective upon signature by both parties.' },
  ],
  misc: [
    { title: 'Miscellaneous', text: 'If any provision of this Agreement is held invalid, the remaining provisions are unaffected. Headings are for convenience only. No failure or delay by the Lender in exercising any right operates as a waiver of it.' },
    { title: 'General', text: 'This Agreement, together with the drawdown receipt and the security documents, constitutes the entire agreement between the parties regarding the Loan. The Lender has drawn the Borrower\'s attention to the terms that affect the Borrower\'s interests and explained them on request.' },
  ],
};

/** Harsh-looking clauses that are normal market practice in retail and small-business lending. */
export const BLIND6_NEAR_EN: Blind6Clause[] = [
  { topic: 'default', title: 'Acceleration', note: 'near-miss: acceleration only after an Event of Default by the borrower itself, by written notice', text: 'At any time after an Event of Default has occurred and while it is continuing, the Lender may by written notice to the Borrower declare all or part of the Loan, together with accrued interest, immediately due and payable, and cancel any undrawn amount.' },
  { topic: 'default-interest', title: 'Default Interest', note: 'near-miss: default interest 2 % a year above the contract rate, compounded on unpaid interest', text: 'Overdue amounts bear interest at the rate otherwise applicable to the Loan plus two per cent per annum from the due date until the date of actual payment. Default interest not paid when due is added to the overdue amount and itself bears interest.' },
  { topic: 'setoff', title: 'Set-off', note: 'near-miss: set-off limited to matured unpaid sums against accounts at the lender, with prompt notice', text: 'The Lender may set off any matured obligation due from the Borrower under this Agreement and unpaid against any credit balance on any account of the Borrower with the Lender. The Lender shall promptly notify the Borrower after exercising this right.' },
  { topic: 'dispute', title: 'Jurisdiction', note: 'near-miss: courts where the lender\'s contracting branch sits, common and standard in China', text: 'Any dispute arising out of or in connection with this Agreement shall be submitted to the people\'s court of the place where the Lender\'s branch executing this Agreement is located.' },
  { topic: 'rate', title: 'Floating Rate', note: 'near-miss: LPR-linked rate reset annually with a fixed margin, on notice', text: 'Interest accrues at the one-year Loan Prime Rate published by the National Interbank Funding Center plus a margin of 0.35 per cent per annum. The rate is reset on each anniversary of the Drawdown Date by reference to the Loan Prime Rate then last published; the margin does not change, and the Lender shall notify the Borrower of the new rate not less than fifteen days before it applies.' },
  { topic: 'crossdefault', title: 'Cross Default', note: 'near-miss: cross-default limited to the borrower\'s own financial indebtedness above a threshold', text: 'It is an Event of Default if any financial indebtedness of the Borrower in excess of RMB 100,000 is declared due before its stated maturity as a result of an event of default, however described.' },
  { topic: 'prepayment', title: 'Prepayment Fee', note: 'near-miss: 1 % fee on prepayment within the first year, none after', text: 'If the Borrower prepays any part of the Loan before the first anniversary of the Drawdown Date, it shall pay a prepayment fee of one per cent of the amount prepaid. No fee is payable on any prepayment made after that date.' },
  { topic: 'payments', title: 'Payments', note: 'near-miss: payments gross without set-off or counterclaim, normal loan drafting that does not take away the right to sue', text: 'All payments by the Borrower under this Agreement shall be made in full in immediately available funds without any set-off or counterclaim, and free of any deduction unless required by law.' },
  { topic: 'records', title: 'Evidence of Debt', note: 'near-miss: lender\'s certificate is prima facie (not conclusive) evidence, absent manifest error', text: 'The accounts maintained by the Lender are prima facie evidence of the amounts owed by the Borrower. A certificate by the Lender of a rate or amount under this Agreement is, in the absence of manifest error, prima facie evidence of the matters to which it relates.' },
  { topic: 'fees', title: 'Enforcement Costs', note: 'near-miss: borrower pays reasonable enforcement costs after its own default', text: 'The Borrower shall reimburse the Lender on demand for all reasonable costs, including legal fees, properly incurred by the Lender in enforcing its rights under this Agreement after an Event of Default.' },
  { topic: 'notices', title: 'Deemed Delivery', note: 'near-miss: deemed receipt of posted notices, including court documents at the stated address', text: 'A notice sent by registered post to the address stated in this Agreement is deemed received three Business Days after posting, and that address is also the address for service of court and arbitration documents until the Borrower notifies a new one.' },
  { topic: 'security', title: 'Additional Security', note: 'near-miss: top-up or partial repayment only if loan-to-value exceeds a stated level, with 30 days to cure', text: 'If a revaluation shows that the outstanding Loan exceeds seventy per cent of the market value of the mortgaged property, the Borrower shall within thirty days either provide additional security acceptable to the Lender or prepay the Loan to the extent necessary to restore that ratio.' },
  { topic: 'assignment', title: 'Transfer by the Lender', note: 'near-miss: lender may transfer the loan without consent but with notice, borrower\'s position not worsened', text: 'The Lender may assign or transfer all or any of its rights under this Agreement to any bank or financial institution without the Borrower\'s consent. The Lender shall notify the Borrower of the transfer, and the Borrower shall not be liable for any greater amount as a result of it.' },
  { topic: 'disbursement', title: 'Suspension of Drawdown', note: 'near-miss: drawdown refused while a default is continuing', text: 'The Lender is not obliged to advance any amount if, on the proposed Drawdown Date, an Event of Default has occurred and is continuing or would result from the advance.' },
];

/** Clauses a credit officer should read before money goes out (all labelled `unusual`; the note names the kind). */
export const BLIND6_UNUSUAL_EN: Blind6Clause[] = [
  { topic: 'changes', title: 'Variation', note: 'unilateral change: lender may vary rate, instalments or any term by website posting', text: 'The Lender may at any time and from time to time vary the interest rate, the amount of any instalment or any other term of this Agreement by posting the revised terms on its website. Revised terms bind the Borrower from the date of posting, whether or not the Borrower has read them.' },
  { topic: 'rate', title: 'Rate of Interest', note: 'unilateral change: rate set and revised in the lender\'s absolute discretion without notice', text: 'Interest is payable at the rate determined by the Lender from time to time in its absolute discretion, having regard to its cost of funds and such other matters as it thinks fit. The Lender may revise that rate without prior notice to the Borrower.' },
  { topic: 'waiver', title: 'No Claims Against the Lender', note: 'waiver of the right to sue the lender, advance release', text: 'The Borrower shall not bring any claim, action or proceeding against the Lender, its officers or agents arising out of or in connection with this Agreement, and releases each of them in advance from every such claim, whether known or unknown at the date of this Agreement.' },
  { topic: 'waiver', title: 'Obligations Absolute', note: 'waiver of all defences including fraud and misrepresentation by the lender', text: 'The Borrower\'s payment obligations are absolute and unconditional. The Borrower irrevocably waives every defence it may now or later have to any demand for payment, including any defence based on fraud, mistake or misrepresentation by the Lender, or on illegality.' },
  { topic: 'crossdefault', title: 'Related Party Default', note: 'cross-default on debts of family members, the borrower\'s employer or any company it holds an interest in', text: 'An Event of Default occurs if any member of the Borrower\'s family, any employer of the Borrower, or any company in which the Borrower holds any interest fails to pay any debt owed to any person when due.' },
  { topic: 'crossdefault', title: 'Default by Other Persons', note: 'cross-default on third parties the borrower or its related parties guarantee, any amount', text: 'An Event of Default occurs if any person whose obligations the Borrower or any Related Party of the Borrower has guaranteed or secured defaults under any agreement with any bank or other financial institution, whatever the amount involved.' },
  { topic: 'rate', title: 'Interest', note: 'rate above the legal cap shown only as a monthly rate: 2.5 % a month = 30 % a year', text: 'Interest accrues at the rate of 2.5 per cent per month on the principal outstanding, calculated daily and payable monthly in arrears on each Repayment Date.' },
  { topic: 'rate', title: 'Interest Charges', note: 'rate above the legal cap shown only as a daily rate: 0.065 % a day ≈ 23.7 % a year', text: 'Interest is charged at a daily rate of 0.065 per cent on the principal outstanding from the Drawdown Date until the Loan is repaid in full.' },
  { topic: 'fees', title: 'Service Fee', note: 'cost above the legal cap: 1.2 % monthly service fee on the original principal on top of interest (well over 4× LPR all-in)', text: 'In addition to interest, the Borrower shall pay a monthly service fee equal to 1.2 per cent of the original principal amount of the Loan on each Repayment Date throughout the term, whether or not any part of the Loan has been repaid.' },
  { topic: 'default-interest', title: 'Default Interest', note: 'default interest 0.5 % a day (≈ 182 % a year)', text: 'Any amount not paid on its due date bears default interest at 0.5 per cent per day from the due date until paid in full, both before and after any judgment.' },
  { topic: 'prepayment', title: 'Early Repayment', note: 'prepayment penalty: all interest to maturity plus 5 % of the amount prepaid', text: 'If the Borrower prepays all or part of the Loan, it shall pay, together with the amount prepaid, all interest that would have accrued on that amount up to the Final Repayment Date plus a charge of five per cent of the amount prepaid.' },
  { topic: 'prepayment', title: 'Restrictions on Prepayment', note: 'prepayment barred for 24 months, then an 8 % fee on the whole outstanding balance', text: 'The Borrower may not prepay the Loan during the first twenty-four months of the term. Any prepayment after that period, whether in full or in part, is subject to a fee of eight per cent of the total principal then outstanding.' },
  { topic: 'dispute', title: 'Forum', note: 'forum at the lender\'s sole choice: any arbitral institution or court, borrower waives venue objections', text: 'The Lender may, at its sole option, refer any dispute to arbitration before any arbitral institution of its choosing or bring proceedings in any court it selects, and the Borrower irrevocably submits to that choice and waives any objection to the venue.' },
  { topic: 'dispute', title: 'Arbitration', note: 'arbitration seated where the lender names, sole arbitrator appointed by the lender', text: 'Any dispute shall be finally resolved by arbitration seated in the place the Lender names in its notice of arbitration, before a sole arbitrator appointed by the Lender.' },
  { topic: 'renewal', title: 'Roll-over', note: 'automatic renewal for successive 12-month periods on the lender\'s then terms, with a 2 % renewal fee', text: 'Unless the Borrower repays the Loan in full on the Final Repayment Date, the Loan shall automatically roll over for successive periods of twelve months on the Lender\'s then prevailing terms, and each roll-over attracts a renewal fee of two per cent of the amount outstanding.' },
  { topic: 'renewal', title: 'Continuation', note: 'automatic renewal unless borrower gives 90 days\' notice; lender may re-advance without request', text: 'This Agreement renews itself at the end of each term for a further term of equal length unless the Borrower gives notice of non-renewal at least ninety days before the end of the term, and the Lender may re-advance any repaid amount during a renewed term without further request from the Borrower.' },
  { topic: 'purpose', title: 'Purpose', note: 'funds usable for any purpose, lender need not enquire', text: 'The Borrower may apply the proceeds of the Loan for any purpose whatsoever, and the Lender has no duty to monitor or enquire into their application.' },
  { topic: 'purpose', title: 'Use of Funds', note: 'funds expressly usable for securities, futures, crypto-assets, property and repaying other loans', text: 'The Loan may be used for the Borrower\'s general purposes, including investment in securities, futures, digital assets or real property and the repayment of the Borrower\'s other borrowings.' },
  { topic: 'notarization', title: 'Confession of Judgment', note: 'confession of judgment: lender\'s attorney may confess judgment without process or notice', text: 'The Borrower irrevocably authorises any attorney chosen by the Lender to appear for the Borrower in any court and to confess judgment against the Borrower for the full amount claimed by the Lender, together with costs and attorney\'s fees, without process or prior notice to the Borrower.' },
  { topic: 'calculation', title: 'Calculation of Interest', note: 'other: flat interest on the original principal for the whole term regardless of repayments', text: 'Interest for each month is calculated on the original principal amount of the Loan, irrespective of any repayment or prepayment of principal made by the Borrower before that month.' },
  { topic: 'wages', title: 'Assignment of Earnings', note: 'other: assignment of all present and future salary, employer instructed to pay the lender', text: 'The Borrower irrevocably assigns to the Lender all salary, wages, bonuses and other remuneration now or hereafter payable to the Borrower, and authorises the Lender to instruct the Borrower\'s employer to pay them directly to the Lender.' },
  { topic: 'currency', title: 'Currency of the Loan', note: 'other: lender may redenominate the loan into a foreign currency at its own rate, borrower bears the FX loss', text: 'The Lender may at any time redenominate the Loan into United States dollars or Hong Kong dollars at an exchange rate determined by the Lender, and the Borrower shall bear any exchange loss resulting from the redenomination.' },
];
