import { createRouter } from '../../platform/router';
import { createHoliday, createHolidayRoute } from './routes/create-holiday';
import { createUnit, createUnitRoute } from './routes/create-unit';
import { createUser, createUserRoute } from './routes/create-user';
import { deleteHoliday, deleteHolidayRoute } from './routes/delete-holiday';
import { getFiscalYear, getFiscalYearRoute } from './routes/get-fiscal-year';
import { listHolidays, listHolidaysRoute } from './routes/list-holidays';
import { listUnits, listUnitsRoute } from './routes/list-units';
import { listUsers, listUsersRoute } from './routes/list-users';
import { updateUnit, updateUnitRoute } from './routes/update-unit';
import { updateUser, updateUserRoute } from './routes/update-user';

export { agencyCode } from './commands/agency';
export { orgPolicy } from './policy';
export { createUnit as createUnitCommand } from './commands/units';
export { createUser as createUserCommand, updateUser as updateUserCommand } from './commands/users';
export { createHoliday as createHolidayCommand, ensureFiscalYear, loadWorkingCalendar } from './commands/calendar';
export { units, holidays, fiscalYears } from './schema';
export { loadOrgDemo } from './demo';
export { unitNames } from './unit-names';

/** Units, accounts, the holiday calendar and fiscal years. */
export const orgRouter = createRouter()
  .openapi(listUnitsRoute, listUnits)
  .openapi(createUnitRoute, createUnit)
  .openapi(updateUnitRoute, updateUnit)
  .openapi(listUsersRoute, listUsers)
  .openapi(createUserRoute, createUser)
  .openapi(updateUserRoute, updateUser)
  .openapi(listHolidaysRoute, listHolidays)
  .openapi(createHolidayRoute, createHoliday)
  .openapi(deleteHolidayRoute, deleteHoliday)
  .openapi(getFiscalYearRoute, getFiscalYear);
