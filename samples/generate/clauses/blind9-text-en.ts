/** English wordings of the ninth blind clause set, written blind (see samples/clauses/blind9/README.md). */
import type { Blind9Clause, Blind9Pool } from './blind9-types.js';

export const EN_STANDARD: Blind9Pool = {
  definitions: [
    { title: 'Definitions and Interpretation', text: 'In this Agreement, "Business Day" means a day (other than a Saturday, Sunday or public holiday) on which banks are open for general business in {CITY}; "Facility" means the term loan made available under Clause 2; and "Outstandings" means all principal, interest and other amounts owing under this Agreement. Headings are for convenience only.' },
    { title: 'Interpretation', text: 'Words in the singular include the plural and vice versa. A reference to a statute includes that statute as amended or replaced from time to time. A reference to the Lender includes its successors and permitted assigns.' },
  ],
  amount: [
    { title: 'The Loan', text: 'Subject to the terms of this Agreement, the Lender agrees to lend to the Borrower a term loan in an aggregate amount of {AMOUNT}.' },
    { title: 'Amount of Credit', text: 'We will lend you {AMOUNT}. The amount we actually pay out will be shown in your drawdown confirmation.' },
  ],
  term: [
    { title: 'Term', text: 'The Loan shall be repaid in full on the Final Repayment Date, being the date falling {TERM} months after the Drawdown Date.' },
    { title: 'Duration', text: 'This agreement runs for {TERM} months from the date we pay the money into your account, unless it ends earlier under its terms.' },
  ],
  purpose: [
    { title: 'Purpose', text: 'The Borrower shall apply all amounts borrowed by it under this Agreement towards {PURPOSE_EN}. The Lender is not bound to monitor or verify the application of any amount borrowed, but may request reasonable evidence of it.' },
    { title: 'Use of the Loan', text: 'You must use the loan only for {PURPOSE_EN}. You must not use it for gambling, speculative investment or any unlawful purpose.' },
  ],
  rate: [
    { title: 'Interest', text: 'Interest accrues on the Loan at a fixed rate of {RATE} per cent per annum, calculated on the basis of the actual number of days elapsed and a year of 365 days, and is payable monthly in arrears on each Repayment Date.' },
    { title: 'Interest Rate', text: 'The interest rate is the one-year Loan Prime Rate published on the Business Day before drawdown plus a margin of 0.60 per cent per annum. The rate is reset on each anniversary of the Drawdown Date by reference to the then current Loan Prime Rate; the margin does not change during the term.', note: 'near-miss: LPR + fixed margin, reset annually by formula' },
    { title: 'Interest', text: 'Interest is charged at {RATE}% a year on the balance outstanding each day. The annual percentage rate (APR) of this loan is {APR}%.' },
  ],
  'interest-calc': [
    { title: 'Calculation of Interest', text: 'Interest shall accrue from day to day and be computed on the basis of the actual number of days elapsed. Any interest not paid when due shall be added to the overdue amount only as provided in the Default Interest clause.' },
  ],
  'drawdown-conditions': [
    { title: 'Conditions Precedent', text: 'The Borrower may not deliver a Drawdown Notice unless the Lender has received, in form and substance satisfactory to it, a certified copy of the Borrower\'s business registration, the duly executed Guarantee, and evidence that the insurance required by this Agreement is in force.' },
    { title: 'Conditions of Drawdown', text: 'The Lender will only advance the Loan if no Event of Default is continuing or would result from the advance and the representations in this Agreement are true on the date of the Drawdown Notice.' },
  ],
  drawdown: [
    { title: 'Drawdown', text: 'The Borrower may draw the Loan in a single amount on any Business Day within the Availability Period by giving the Lender not less than three Business Days\' irrevocable notice. Any part of the Facility undrawn at the end of the Availability Period shall be cancelled.' },
    { title: 'Payment of the Loan', text: 'We will pay the loan into the account you nominate within five business days after we approve your application.' },
  ],
  repayment: [
    { title: 'Repayment', text: 'The Borrower shall repay the Loan by {TERM} consecutive monthly instalments of principal and interest, in the amounts set out in the Repayment Schedule, the first falling due one month after the Drawdown Date.' },
    { title: 'Repayments', text: 'You must make {TERM} monthly repayments, each on the same day of the month. We will collect them by direct debit from your nominated account. If a repayment day is not a business day, we will collect on the next business day.' },
  ],
  prepayment: [
    { title: 'Voluntary Prepayment', text: 'The Borrower may prepay the whole or any part of the Loan (being a minimum of {MINPREPAY}) on giving the Lender not less than ten Business Days\' prior notice. Amounts prepaid may not be reborrowed. No fee is payable on prepayment.' },
    { title: 'Early Repayment', text: 'You can repay all or part of your loan early at any time. If you repay within the first twelve months, we may charge an early repayment fee of 1% of the amount repaid early, which will not exceed the interest you would have paid in that period.', note: 'near-miss: 1 % early repayment fee in the first year, capped' },
  ],
  security: [
    { title: 'Security', text: 'The Outstandings are secured by a first legal charge over the Property at {CITY} and by the personal guarantee of {GUARANTOR_EN}. Upon enforcement, any surplus remaining after discharge of the Outstandings shall be paid to the Borrower or other persons entitled to it.', note: 'near-miss: security enforced with surplus returned' },
    { title: 'Guarantee', text: 'The Borrower\'s obligations are guaranteed by {GUARANTOR_EN} under a separate guarantee in the Lender\'s standard form, which the guarantor has been advised to review with an independent solicitor.' },
  ],
  reps: [
    { title: 'Representations', text: 'The Borrower represents and warrants that it is duly incorporated and validly existing, that it has the power to enter into and perform this Agreement, that the financial statements delivered to the Lender fairly present its financial position, and that no litigation is pending which could reasonably be expected to have a material adverse effect.' },
    { title: 'Information You Gave Us', text: 'You confirm that the information you gave in your application is true and complete, and that you have told us about all your existing debts.' },
  ],
  covenants: [
    { title: 'Undertakings', text: 'So long as any amount is outstanding, the Borrower shall deliver its annual financial statements within 180 days after each financial year end, maintain all licences required for its business, and not create any security over its assets other than as permitted by the Lender in writing, such consent not to be unreasonably withheld.' },
    { title: 'Your Obligations', text: 'While any money is owed, you must tell us within 14 days if you change your address, name, employer or contact details, and keep the secured property in good repair and insured.' },
  ],
  'lender-rights': [
    { title: 'Lender\'s Obligations', text: 'The Lender shall keep the Borrower\'s information confidential, provide a statement of account at least once every six months and, on request, a redemption figure within five Business Days.' },
  ],
  'default-events': [
    { title: 'Events of Default', text: 'Each of the following is an Event of Default: (a) the Borrower fails to pay any sum due under this Agreement within five Business Days of its due date; (b) any representation proves to have been materially incorrect when made; (c) the Borrower fails to comply with any other obligation and, if capable of remedy, does not remedy it within 21 days of notice; (d) the Borrower becomes insolvent or a bankruptcy or winding-up petition is presented and not dismissed within 14 days.' },
    { title: 'Default', text: 'You will be in default if you miss two repayments in a row, if you gave us false information to get the loan, or if you are declared bankrupt.' },
    { title: 'Events of Default', text: 'It is an Event of Default if any other loan made by the Lender to the Borrower is not paid when due and remains unpaid 30 days after the Lender has notified the Borrower in writing.', note: 'near-miss: cross-default limited to the borrower\'s own loans with this lender, after notice' },
  ],
  acceleration: [
    { title: 'Acceleration', text: 'At any time after an Event of Default has occurred and while it is continuing, the Lender may by notice to the Borrower declare all or part of the Outstandings immediately due and payable.' },
    { title: 'What Happens if You Default', text: 'If you are in default, we will send you a default notice giving you at least 14 days to put things right. If you do not, we may ask you to repay the whole balance at once.', note: 'near-miss: demand for full balance only after a default notice and 14-day cure' },
  ],
  'default-interest': [
    { title: 'Default Interest', text: 'If the Borrower fails to pay any amount on its due date, interest shall accrue on the overdue amount from the due date until the date of actual payment at a rate equal to the contractual rate plus 50 per cent of that rate, provided always that such rate shall not exceed the maximum permitted by applicable law.', note: 'near-miss: default interest +50 % of the contract rate, capped by law' },
    { title: 'Late Payment', text: 'If you pay late, we will charge interest on the overdue amount at the loan rate plus 2% a year, and a late payment fee of {LATEFEE} to cover our administrative costs, charged no more than once a month.', note: 'near-miss: +2 % a year on arrears and a modest monthly late fee' },
  ],
  setoff: [
    { title: 'Set-off', text: 'The Lender may set off any matured obligation due from the Borrower under this Agreement against any matured obligation owed by the Lender to the Borrower, and shall promptly notify the Borrower after doing so.', note: 'near-miss: set-off of matured sums with notice' },
  ],
  costs: [
    { title: 'Costs and Expenses', text: 'The Borrower shall pay, within ten Business Days of demand, the amount of all costs and expenses (including reasonable legal fees) reasonably incurred by the Lender in connection with the enforcement of, or the preservation of any rights under, this Agreement.', note: 'near-miss: reasonable enforcement costs' },
  ],
  assignment: [
    { title: 'Assignment and Transfer', text: 'The Lender may assign or transfer any of its rights and obligations under this Agreement to another bank or financial institution, and shall give the Borrower written notice of the assignment. The Borrower may not assign or transfer any of its rights or obligations.', note: 'near-miss: assignment by the lender with notice' },
    { title: 'Transfer of Our Rights', text: 'We may transfer our rights under this agreement to another lender. We will tell you if we do, and your rights under this agreement will not be affected.' },
  ],
  'personal-info': [
    { title: 'Personal Data', text: 'The Lender may collect, use and disclose the Borrower\'s personal data for the purposes of assessing the application, administering the Loan, recovering amounts owed and reporting to credit reference agencies, in accordance with its Personal Data Notice and applicable data protection law.', note: 'near-miss: data used for administration, recovery and credit reporting only' },
    { title: 'How We Use Your Information', text: 'We will share information about your loan and how you repay it with credit reference agencies, and with our service providers who help us run your account and who must keep it confidential. You can ask us for a copy of the information we hold about you.', note: 'near-miss: data to credit agencies and confidential service providers' },
  ],
  notices: [
    { title: 'Notices', text: 'Any notice under this Agreement shall be in writing and delivered by hand, by prepaid post or by email to the address of the relevant party set out at the beginning of this Agreement. A notice sent by post is deemed received two Business Days after posting; a notice sent by email is deemed received when sent, unless a delivery failure message is received.', note: 'near-miss: deemed service at the stated address' },
    { title: 'Contacting You', text: 'We will send letters and statements to the latest address you have given us. You must tell us promptly if your address or email changes.' },
  ],
  'governing-law': [
    { title: 'Governing Law', text: 'This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of {LAW}.' },
  ],
  dispute: [
    { title: 'Jurisdiction', text: 'The courts of {LAW} have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.' },
    { title: 'Disputes', text: 'Any dispute arising from this Agreement shall first be the subject of good-faith negotiation between the parties. Failing settlement within 30 days, either party may bring proceedings before the people\'s court at the place where the Lender is domiciled.', note: 'near-miss: lender-domicile court after negotiation' },
  ],
  effectiveness: [
    { title: 'Counterparts and Effect', text: 'This Agreement may be executed in any number of counterparts, each of which is an original. It takes effect when signed by both parties and continues until all Outstandings have been irrevocably paid in full.' },
    { title: 'Entire Agreement', text: 'This Agreement, together with the Repayment Schedule and any security document, constitutes the entire agreement between the parties in relation to the Loan and supersedes any previous offer letter or understanding.' },
  ],
  other: [
    { title: 'Miscellaneous', text: 'The following further terms apply: (i) no failure or delay by the Lender in exercising any right shall operate as a waiver of it; (ii) if any provision is held invalid, the remaining provisions shall not be affected; (iii) any amendment to this Agreement must be in writing and signed by both parties.' },
    { title: 'Special Conditions', text: '1. The Borrower shall maintain its operating account with the Lender while the Loan is outstanding. 2. The Borrower shall provide management accounts quarterly. 3. The Repayment Schedule forms part of this Agreement.' },
  ],
  'fees-schedule': [
    { title: 'Schedule - Fees and Charges', text: 'Arrangement fee: {ARRFEE}, payable on drawdown and shown in the APR. Late payment fee: as stated in the Late Payment clause. Duplicate statement: {DUPFEE} per copy. No other fees are charged under this Agreement.' },
  ],
};

/** The unusual ones; each replaces the standard clause of its topic. */
export const EN_UNUSUAL: readonly Blind9Clause[] = [
  // unilateral-change ×3
  { topic: 'rate', title: 'Interest', expect: 'unusual', text: 'Interest shall accrue on the Loan at the aggregate of the Lender\'s cost of funds and the Applicable Margin. The Lender may revise the Applicable Margin from time to time as it deems fit, and any such revision shall take effect from the date specified by the Lender without the need for the Borrower\'s further consent.', note: 'unilateral-change: lender may revise the margin as it deems fit, no consent' },
  { topic: 'other', title: 'General', expect: 'unusual', text: 'The following general terms apply: (a) time is of the essence for payments; (b) the Bank may at any time vary any of these terms, including the fees and the instalment amount, by posting the varied terms on its website, and the Customer will be bound from the date of posting; (c) a certificate by an officer of the Bank as to any sum due is conclusive save for manifest error.', note: 'unilateral-change: bank may vary any term, fees and instalments by website posting' },
  { topic: 'fees-schedule', title: 'Schedule of Charges', expect: 'unusual', text: 'Arrangement fee: {ARRFEE}. Annual account fee: {DUPFEE}. The charges in this Schedule are those in force on the date of this Agreement and may be amended by the Lender in line with its internal pricing policy, the amended charges applying to this Agreement from the date they are adopted.', note: 'unilateral-change: charges amended under the lender\'s internal pricing policy, applying automatically' },
  // waiver ×2
  { topic: 'setoff', title: 'Payments', expect: 'unusual', text: 'All payments by the Borrower shall be made without any set-off, counterclaim or deduction. The Borrower irrevocably waives any right it may have to raise any defence, set-off or counterclaim against the Lender or any assignee, whether arising under this Agreement or otherwise, and agrees not to commence proceedings against the Lender in respect of the Loan.', note: 'waiver: waives all defences and counterclaims, and the right to sue the lender' },
  { topic: 'reps', title: 'Acknowledgements', expect: 'unusual', text: 'The Borrower acknowledges that it has not relied on any statement made by the Lender and, to the fullest extent permitted by law, waives any right to a trial by jury, to appeal any judgment obtained by the Lender, and to any notice of presentment, demand or dishonour.', note: 'waiver: waiver of appeal and of demand/notice rights' },
  // cross-default ×2
  { topic: 'default-events', title: 'Events of Default', expect: 'unusual', text: 'An Event of Default occurs if the Borrower fails to pay any amount when due, or if any indebtedness of the Borrower, any member of the Borrower\'s family or any company in which the Borrower holds an interest is not paid when due to any creditor, whatever its amount.', note: 'cross-default: family members\' and associated companies\' debts to any creditor, no threshold' },
  { topic: 'default-events', title: 'Default', expect: 'unusual', text: 'You will be in default if you miss a repayment, or if any guarantor of this loan, or any person connected with you, fails to pay any debt owed to anyone, or if we become aware of any adverse entry on your or their credit file.', note: 'cross-default: guarantor\'s or connected persons\' debts to anyone, or any adverse credit entry' },
  // above-cap ×4
  { topic: 'rate', title: 'Interest', expect: 'unusual', text: 'Interest is calculated at 0.06% per day on the outstanding principal and is payable with each instalment.', note: 'above-cap: 0.06 % a day = 21.9 % a year' },
  { topic: 'rate', title: 'Rate of Interest', expect: 'unusual', text: 'The Borrower shall pay interest on the Loan at the rate of 1.8 per cent per month, payable monthly in arrears.', note: 'above-cap: 1.8 % a month = 21.6 % a year' },
  { topic: 'rate', title: 'Interest Rate', expect: 'unusual', text: 'Interest is charged at a fixed rate of 26.5% per annum, calculated daily on the balance outstanding.', note: 'above-cap: 26.5 % a year, far above 4×LPR' },
  { topic: 'repayment', title: 'Instalments', expect: 'unusual', text: 'The Borrower shall repay the Loan by {TERM} equal monthly instalments. Each instalment comprises an equal part of the principal, flat interest at {RATE}% per annum on the original principal, and a monthly service fee of 1.2% of the original principal.', note: 'above-cap: flat interest plus a 1.2 % monthly service fee on original principal, all-in APR far above 24 %' },
  // penalty-high ×2
  { topic: 'default-interest', title: 'Overdue Amounts', expect: 'unusual', text: 'Any amount not paid on its due date shall bear additional interest at 0.5 per cent per day from the due date until paid in full, both before and after judgment, in addition to interest at the contractual rate.', note: 'penalty-high: 0.5 % a day default interest (~180 % a year)' },
  { topic: 'prepayment', title: 'Prepayment', expect: 'unusual', text: 'The Borrower may prepay the Loan in whole but not in part, subject to payment of a prepayment fee of 8 per cent of the amount prepaid together with all interest which would have accrued up to the Final Repayment Date had the prepayment not been made.', note: 'penalty-high: 8 % prepayment fee plus all interest to maturity' },
  // jurisdiction ×2
  { topic: 'dispute', title: 'Jurisdiction', expect: 'unusual', text: 'The Borrower submits to the jurisdiction of such court, in such country, as the Lender may in its sole discretion select, and waives any objection to proceedings in that court on the grounds of venue or inconvenient forum.', note: 'jurisdiction: any court in any country of the lender\'s choosing, forum objections waived' },
  { topic: 'dispute', title: 'Dispute Resolution', expect: 'unusual', text: 'Any dispute shall be referred to arbitration in {FARCITY} by a sole arbitrator appointed by the Lender, to be decided on documents only without an oral hearing. The costs of the arbitration shall be borne by the Borrower in any event.', note: 'jurisdiction: distant documents-only arbitration, arbitrator named by the lender, borrower pays in any event' },
  // auto-renewal ×2
  { topic: 'term', title: 'Term and Renewal', expect: 'unusual', text: 'The Facility is available for an initial period of {TERM} months. Unless the Borrower repays all Outstandings before the end of that period, the Facility shall be renewed for successive periods of twelve months on the Lender\'s standard terms and pricing then prevailing.', note: 'auto-renewal: silent 12-month rollovers at lender\'s then pricing' },
  { topic: 'other', title: 'Additional Terms', expect: 'unusual', text: '(i) Statements will be issued monthly. (ii) Where the balance has not been cleared by the expiry date, the credit line continues on a rolling basis and interest is charged at the Bank\'s prevailing overdraft rate. (iii) The Customer shall notify the Bank of any change of employment.', note: 'auto-renewal: line rolls on past expiry at the bank\'s prevailing overdraft rate' },
  // any-purpose ×2
  { topic: 'purpose', title: 'Purpose', expect: 'unusual', text: 'The Borrower may use the proceeds of the Loan for any purpose whatsoever, and the Lender shall have no concern with their application.', note: 'any-purpose: proceeds for any purpose whatsoever' },
  { topic: 'purpose', title: 'What the Loan Is For', expect: 'unusual', text: 'You do not need to tell us what you use the money for.', note: 'any-purpose: no purpose stated or checked' },
  // enforcement ×2
  { topic: 'costs', title: 'Enforcement', expect: 'unusual', text: 'The Borrower irrevocably authorises any attorney of any court of record to appear for the Borrower and confess judgment against the Borrower for the Outstandings, together with costs and an attorney\'s commission of 15 per cent, without process and waiving all rights of appeal and stay of execution.', note: 'enforcement: confession of judgment with 15 % commission and waiver of appeal' },
  { topic: 'other', title: 'Further Assurance', expect: 'unusual', text: 'The Borrower shall, at its own cost, execute any document the Lender requires. The Borrower consents to this Agreement being notarised as an instrument directly enforceable against it, and agrees that the Lender\'s statement of the amount owing shall be accepted by the enforcing authority without further proof.', note: 'enforcement: notarised direct enforceability on the lender\'s own statement of debt' },
  // land-rights ×1
  { topic: 'security', title: 'Collateral', expect: 'unusual', text: 'As security, the Borrower pledges its rural land contractual management rights over {LAND} mu of farmland. On any default, the Lender may itself sublease or transfer those rights to a third party for such term and rent as the Lender decides, and retain the proceeds.', note: 'land-rights: lender may re-transfer the land management rights on its own terms and keep the proceeds' },
  // data-sharing ×2
  { topic: 'personal-info', title: 'Use of Information', expect: 'unusual', text: 'The Customer irrevocably consents to the Bank disclosing any information about the Customer and the Loan to any member of the Bank\'s group and to any third party, including for the purpose of marketing products and services of such third parties, whether or not in return for payment.', note: 'data-sharing: irrevocable consent to disclose/sell data to any third party for marketing' },
  { topic: 'personal-info', title: 'Your Data', expect: 'unusual', text: 'By signing, you agree that we may access the contacts, location and transaction data on your mobile device and share them with our business partners, who may use them for their own purposes.', note: 'data-sharing: device contacts and location shared with partners for their own use' },
];
