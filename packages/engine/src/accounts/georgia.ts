import type { ChartOfAccounts } from "./chart.js";

/**
 * Georgia's chart of accounts for local units of administration (school districts), published by
 * the Georgia Department of Education's Financial Review Division ("Chart of Accounts", online
 * edition by fiscal year, classifications Function and Object; the Financial Management for
 * Georgia Local Units of Administration handbook). The lists below are the codes a federal
 * programs budget uses, copied from the FY2018-FY2024 pages; a district whose ledger uses a code
 * not listed here adds it to this file (or its state's file), not to code.
 */
export const GEORGIA_CHART: ChartOfAccounts = {
  state: "GA",
  source:
    "Georgia Department of Education, Financial Review Division: Chart of Accounts (Function and Object classifications)",
  edition: "GaDOE online chart, FY2024",
  // Fund-Year-Function-Object-Program-Facility; the sub-object, building and budget-center
  // segments a district adds locally are not part of the state's review.
  segments: [
    { key: "fund", label: "Fund", width: 3 },
    { key: "year", label: "Fiscal year (last digit)", width: 1 },
    { key: "function", label: "Function", width: 4 },
    { key: "object", label: "Object", width: 3 },
    { key: "program", label: "Program", width: 4 },
    { key: "facility", label: "Facility", width: 4 },
  ],
  functions: [
    { code: "1000", name: "Instruction" },
    { code: "2100", name: "Pupil Services" },
    { code: "2210", name: "Improvement of Instructional Services" },
    { code: "2213", name: "Instructional Staff Training" },
    { code: "2220", name: "Educational Media Services" },
    { code: "2230", name: "Federal Grant Administration" },
    { code: "2300", name: "General Administration" },
    { code: "2400", name: "School Administration" },
    { code: "2500", name: "Support Services - Business" },
    { code: "2600", name: "Maintenance and Operation of Plant Services" },
    { code: "2700", name: "Student Transportation Service" },
    { code: "2800", name: "Support Services - Central" },
    { code: "2900", name: "Other Support Services" },
    { code: "3100", name: "School Nutrition Program" },
    { code: "3300", name: "Community Services Operations" },
    { code: "4000", name: "Facilities Acquisition and Construction Services" },
    { code: "5100", name: "Debt Service" },
  ],
  objects: [
    { code: "100", name: "Personal Services - Salaries" },
    { code: "110", name: "Teachers" },
    { code: "111", name: "School Board Members Salaries" },
    { code: "112", name: "Prekindergarten Teacher" },
    { code: "113", name: "Substitute/Temporary Employee (certified)" },
    { code: "114", name: "Substitute/Temporary Employee (classified)" },
    { code: "115", name: "Extended Day - Teachers" },
    { code: "116", name: "Professional Development Stipends" },
    { code: "190", name: "Other Salaries and Compensation" },
    { code: "200", name: "Employee Benefits" },
    { code: "210", name: "State Health Insurance" },
    { code: "220", name: "FICA" },
    { code: "230", name: "Teachers Retirement System" },
    { code: "240", name: "Employees Retirement System" },
    { code: "250", name: "Unemployment Compensation" },
    { code: "260", name: "Workmen Compensation" },
    { code: "270", name: "On Behalf Payments" },
    { code: "300", name: "Purchased Professional and Technical Services" },
    { code: "400", name: "Purchased Property Services" },
    { code: "410", name: "Water, Sewer and Cleaning Services" },
    { code: "430", name: "Repair and Maintenance Services" },
    { code: "432", name: "Repair and Maintenance Services - Technology Related" },
    { code: "442", name: "Rental of Equipment and Vehicles" },
    { code: "500", name: "Other Purchased Services" },
    { code: "511", name: "Student Transportation Purchased from Another LUA within State" },
    { code: "519", name: "Student Transportation Purchased from Other Sources" },
    { code: "520", name: "Insurance (Other Than Employee Benefits)" },
    { code: "600", name: "Supplies" },
    { code: "610", name: "Supplies" },
    { code: "611", name: "Supplies - Technology Related" },
    { code: "612", name: "Computer Software" },
    { code: "616", name: "Expendable Computer Equipment" },
    { code: "620", name: "Energy" },
    { code: "630", name: "Food" },
    { code: "641", name: "Textbooks" },
    { code: "642", name: "Books and Periodicals" },
    { code: "700", name: "Property" },
    { code: "710", name: "Land Acquisition and Development" },
    { code: "715", name: "Land Improvements" },
    { code: "720", name: "Building Acquisition, Construction, and Improvement" },
    { code: "730", name: "Purchase of Equipment - Other Than Buses and Computers" },
    { code: "800", name: "Other Objects" },
    { code: "810", name: "Dues and Fees" },
    { code: "811", name: "Regional or County Library Dues" },
    { code: "812", name: "RESA Fees" },
    { code: "830", name: "Interest" },
    { code: "831", name: "Redemption of Principal" },
    { code: "833", name: "Amortization of Bond Issuance and Other Debt Related Costs" },
  ],
  administrationFunctions: ["2230", "2300"],
  // Object 7xx buys property; 2 CFR 200.439(b)(1) makes it a capital expenditure needing the
  // state's prior written approval. Expendable items (611, 616) stay below the threshold.
  equipmentObjectPrefixes: ["7"],
};
