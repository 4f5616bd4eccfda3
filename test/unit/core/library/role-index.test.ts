import { ROLE_LIBRARY } from '../../../../src/core/library';
import { LIBRARY_ROLE_INDEX, libraryOrigin } from '../../../../src/core/library/role-index';

describe('LIBRARY_ROLE_INDEX', () => {
  it('names every library role with its ID and family, in library order', () => {
    const fromLibrary = ROLE_LIBRARY.flatMap((family) =>
      family.roles.map((role) => ({ id: role.id, family: role.family, name: role.name })),
    );
    expect(LIBRARY_ROLE_INDEX).toEqual(fromLibrary);
  });
});

describe('libraryOrigin', () => {
  it('finds the library role a register role is named after, ignoring case and spacing', () => {
    expect(libraryOrigin('  account   EXECUTIVE ')).toEqual({
      family: 'Sales',
      libraryRoleId: 'sales/account-executive',
    });
    expect(libraryOrigin('Learning & Development Specialist')).toEqual({
      family: 'HR',
      libraryRoleId: 'hr/learning-and-development-specialist',
    });
  });

  it('reads a renamed or home-made role as started blank', () => {
    expect(libraryOrigin('Account Executive – EMEA')).toEqual({ family: '', libraryRoleId: '' });
    expect(libraryOrigin('')).toEqual({ family: '', libraryRoleId: '' });
  });
});
