"""Physical constants (SI unless the name says otherwise)."""

STEFAN_BOLTZMANN = 5.670374419e-8  # W m^-2 K^-4, CODATA 2018
SOLAR_CONSTANT_W_PER_M2 = 1361.0  # W/m2, total solar irradiance at 1 AU (Kopp & Lean 2011; Suncatcher uses 1,361)
EARTH_RADIUS_KM = 6378.137  # equatorial radius, WGS-84
EARTH_MU_KM3_PER_S2 = 398_600.4418  # gravitational parameter, km^3/s^2
EARTH_J2 = 1.08262668e-3  # second zonal harmonic (EGM2008)
OBLIQUITY_DEG = 23.44  # obliquity of the ecliptic
STANDARD_GRAVITY = 9.80665  # m/s^2
SECONDS_PER_YEAR = 365.25 * 86_400.0  # Julian year, s
SOLAR_YEAR_DAYS = 365.2422  # tropical year, days (for the Sun-synchronous precession rate)
DRAG_COEFFICIENT = 2.2  # free-molecular flat-plate drag coefficient commonly used for LEO satellites
