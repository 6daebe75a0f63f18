//! Deadline arithmetic of `spec/domain.md`: calendar months, Danish working days and the
//! 24-hour window for assessing a notification.
//!
//! A *working day* ("hverdag") is Monday–Friday unless it is a Danish public holiday: nytårsdag,
//! skærtorsdag, langfredag, 2. påskedag, store bededag (only until and including 2023, when it
//! was abolished), Kristi himmelfartsdag, 2. pinsedag, grundlovsdag (5 June) and 24, 25, 26 and
//! 31 December. The movable holidays hang off Easter Sunday, computed here with the Gregorian
//! computus so no table has to be maintained.
//!
//! All functions are total: dates at the very edge of chrono's range saturate instead of
//! panicking, because the dates come from documents we do not control.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// The same day of the month `n` months later (or earlier, for negative `n`), clamped to the
/// last day of the target month: 31 October + 4 months is 28 or 29 February.
///
/// Saturates at chrono's minimum/maximum date rather than panicking on absurd input.
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    // Work in a month count from year 0 so negative n and year boundaries need no special case.
    let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + i64::from(n);
    let year = total.div_euclid(12);
    let month0 = total.rem_euclid(12);
    let Ok(year) = i32::try_from(year) else {
        return if n < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        };
    };
    // rem_euclid(12) is in 0..12, so the month is always 1..=12.
    let month = month0 as u32 + 1;
    let day = d.day().min(days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(if n < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Number of days in `month` (1–12) of `year`; 31 for a month that does not exist.
fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 31,
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Easter Sunday of `year` in the Gregorian calendar (the "anonymous Gregorian" computus).
/// `None` only for years outside chrono's range.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The last year with store bededag (the 4th Friday after Easter); it was abolished from 2024.
const LAST_STORE_BEDEDAG_YEAR: i32 = 2023;

/// True when `d` is a Danish public holiday that is not a working day (see the module doc).
pub fn is_holiday(d: NaiveDate) -> bool {
    let (m, day) = (d.month(), d.day());
    if (m, day) == (1, 1) || (m, day) == (6, 5) || (m == 12 && matches!(day, 24 | 25 | 26 | 31)) {
        return true;
    }
    let Some(easter) = easter_sunday(d.year()) else {
        return false;
    };
    let offset = (d - easter).num_days();
    match offset {
        // skærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag, 2. pinsedag
        -3 | -2 | 1 | 39 | 50 => true,
        // store bededag: the Friday 26 days after Easter Sunday
        26 => d.year() <= LAST_STORE_BEDEDAG_YEAR,
        _ => false,
    }
}

/// Monday–Friday and not a public holiday.
pub fn is_workday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(d)
}

/// The `n`-th working day after `d`; `d` itself never counts, so `add_workdays(d, 0) == d`.
/// Saturates at chrono's maximum date.
pub fn add_workdays(d: NaiveDate, n: u32) -> NaiveDate {
    let mut cur = d;
    let mut left = n;
    while left > 0 {
        match cur.succ_opt() {
            Some(next) => cur = next,
            None => return cur,
        }
        if is_workday(cur) {
            left -= 1;
        }
    }
    cur
}

/// Parses a clock time `HH:MM` (also `HH.MM`, as Danish documents write "kl. 14.30").
pub fn parse_clock(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let (h, m) = s.split_once([':', '.'])?;
    NaiveTime::from_hms_opt(h.trim().parse().ok()?, m.trim().parse().ok()?, 0)
}

/// The 24-hour requirement for assessing a notification (domain.md, "Deadline arithmetic").
///
/// When both clock times are known, the assessment must come no earlier than the notification
/// and at most 24 hours after it. When either time is unknown we can only compare dates, and
/// the law's 24 hours then means the same day or the next calendar day.
pub fn within_24_hours(
    notified: NaiveDate,
    notified_time: Option<&str>,
    assessed: NaiveDate,
    assessed_time: Option<&str>,
) -> bool {
    match (
        notified_time.and_then(parse_clock),
        assessed_time.and_then(parse_clock),
    ) {
        (Some(nt), Some(at)) => {
            let start = NaiveDateTime::new(notified, nt);
            let end = NaiveDateTime::new(assessed, at);
            end >= start && end - start <= Duration::hours(24)
        }
        _ => {
            let days = (assessed - notified).num_days();
            (0..=1).contains(&days)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn add_months_keeps_day_of_month() {
        assert_eq!(add_months(d(2015, 3, 12), 4), d(2015, 7, 12));
        assert_eq!(add_months(d(2015, 11, 12), 3), d(2016, 2, 12));
        assert_eq!(add_months(d(2015, 3, 12), 0), d(2015, 3, 12));
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(d(2015, 10, 31), 4), d(2016, 2, 29)); // leap year
        assert_eq!(add_months(d(2014, 10, 31), 4), d(2015, 2, 28)); // common year
        assert_eq!(add_months(d(2023, 5, 31), 1), d(2023, 6, 30));
        assert_eq!(add_months(d(2024, 2, 29), 12), d(2025, 2, 28));
        assert_eq!(add_months(d(2100, 1, 31), 1), d(2100, 2, 28)); // 2100 is not a leap year
        assert_eq!(add_months(d(2000, 1, 31), 1), d(2000, 2, 29)); // 2000 is
    }

    #[test]
    fn add_months_negative() {
        assert_eq!(add_months(d(2016, 8, 31), -6), d(2016, 2, 29));
        assert_eq!(add_months(d(2015, 1, 15), -1), d(2014, 12, 15));
        assert_eq!(add_months(d(2015, 3, 31), -13), d(2014, 2, 28));
        assert_eq!(add_months(d(2024, 1, 1), -6), d(2023, 7, 1));
    }

    #[test]
    fn add_months_saturates_instead_of_panicking() {
        assert_eq!(add_months(NaiveDate::MAX, 12), NaiveDate::MAX);
        assert_eq!(add_months(NaiveDate::MIN, -12), NaiveDate::MIN);
        assert_eq!(add_months(d(2020, 1, 1), i32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn easter_sunday_2013_to_2026() {
        let known = [
            d(2013, 3, 31),
            d(2014, 4, 20),
            d(2015, 4, 5),
            d(2016, 3, 27),
            d(2017, 4, 16),
            d(2018, 4, 1),
            d(2019, 4, 21),
            d(2020, 4, 12),
            d(2021, 4, 4),
            d(2022, 4, 17),
            d(2023, 4, 9),
            d(2024, 3, 31),
            d(2025, 4, 20),
            d(2026, 4, 5),
        ];
        for e in known {
            assert_eq!(easter_sunday(e.year()), Some(e), "year {}", e.year());
        }
    }

    #[test]
    fn fixed_holidays() {
        for (m, day) in [(1, 1), (6, 5), (12, 24), (12, 25), (12, 26), (12, 31)] {
            assert!(is_holiday(d(2019, m, day)), "{m}-{day}");
        }
        assert!(!is_holiday(d(2019, 12, 27)));
        assert!(!is_holiday(d(2019, 6, 6)));
    }

    #[test]
    fn easter_based_holidays_2024() {
        // Easter Sunday 2024 was 31 March.
        assert!(is_holiday(d(2024, 3, 28))); // skærtorsdag
        assert!(is_holiday(d(2024, 3, 29))); // langfredag
        assert!(is_holiday(d(2024, 4, 1))); // 2. påskedag
        assert!(is_holiday(d(2024, 5, 9))); // Kristi himmelfartsdag
        assert!(is_holiday(d(2024, 5, 20))); // 2. pinsedag
        assert!(!is_holiday(d(2024, 3, 27)));
        assert!(!is_holiday(d(2024, 4, 2)));
    }

    #[test]
    fn store_bededag_until_2023_only() {
        // Easter 2023: 9 April, so store bededag was Friday 5 May 2023.
        assert!(is_holiday(d(2023, 5, 5)));
        assert!(!is_workday(d(2023, 5, 5)));
        // Easter 2024: 31 March; the would-be store bededag, Friday 26 April 2024, is a workday.
        assert!(!is_holiday(d(2024, 4, 26)));
        assert!(is_workday(d(2024, 4, 26)));
        // 2015: Easter 5 April, store bededag 1 May.
        assert!(is_holiday(d(2015, 5, 1)));
    }

    #[test]
    fn weekends_are_not_workdays() {
        assert!(!is_workday(d(2015, 3, 14))); // Saturday
        assert!(!is_workday(d(2015, 3, 15))); // Sunday
        assert!(is_workday(d(2015, 3, 16))); // Monday
    }

    #[test]
    fn add_workdays_plain_week() {
        // Thursday 12 March 2015 + 6 working days = Friday 20 March.
        assert_eq!(add_workdays(d(2015, 3, 12), 6), d(2015, 3, 20));
        // Counting starts after d, even when d is a Saturday.
        assert_eq!(add_workdays(d(2015, 3, 14), 1), d(2015, 3, 16));
        assert_eq!(add_workdays(d(2015, 3, 14), 0), d(2015, 3, 14));
    }

    #[test]
    fn add_workdays_across_easter() {
        // Easter 2024: Thu 28 Mar – Mon 1 Apr are off. From Wed 27 Mar: 2, 3, 4, 5, 8, 9 April.
        assert_eq!(add_workdays(d(2024, 3, 27), 6), d(2024, 4, 9));
        // Easter 2015 (5 April): from Wed 1 April: 7, 8, 9, 10, 13, 14 April.
        assert_eq!(add_workdays(d(2015, 4, 1), 6), d(2015, 4, 14));
    }

    #[test]
    fn add_workdays_across_christmas() {
        // Mon 22 Dec 2025: 23 Dec, (24–26 off, 27–28 weekend) 29, 30 Dec, (31 Dec, 1 Jan off),
        // 2 Jan, (3–4 weekend) 5, 6 Jan.
        assert_eq!(add_workdays(d(2025, 12, 22), 6), d(2026, 1, 6));
    }

    #[test]
    fn add_workdays_skips_store_bededag_2023() {
        // Thu 4 May 2023 + 1: Friday 5 May is store bededag, so Monday 8 May.
        assert_eq!(add_workdays(d(2023, 5, 4), 1), d(2023, 5, 8));
        // Thu 25 April 2024 + 1: Friday 26 April is an ordinary working day.
        assert_eq!(add_workdays(d(2024, 4, 25), 1), d(2024, 4, 26));
    }

    #[test]
    fn twenty_four_hours_with_times() {
        let n = d(2018, 6, 23);
        assert!(within_24_hours(
            n,
            Some("12:00"),
            d(2018, 6, 24),
            Some("11:00")
        ));
        assert!(within_24_hours(
            n,
            Some("12:00"),
            d(2018, 6, 24),
            Some("12:00")
        ));
        assert!(!within_24_hours(
            n,
            Some("12:00"),
            d(2018, 6, 24),
            Some("12:01")
        ));
        // Assessed before the notification arrived is not an assessment of it.
        assert!(!within_24_hours(n, Some("12:00"), n, Some("11:59")));
        assert!(within_24_hours(n, Some("12.00"), n, Some("14.30")));
    }

    #[test]
    fn twenty_four_hours_with_dates_only() {
        let n = d(2018, 6, 23);
        assert!(within_24_hours(n, None, n, None));
        assert!(within_24_hours(n, None, d(2018, 6, 24), None));
        assert!(!within_24_hours(n, None, d(2018, 6, 25), None));
        assert!(!within_24_hours(n, None, d(2018, 6, 22), None));
        // One time missing: dates decide, even if the known time would suggest more than 24 h.
        assert!(within_24_hours(n, Some("08:00"), d(2018, 6, 24), None));
        // An unparsable time counts as unknown.
        assert!(within_24_hours(
            n,
            Some("kl"),
            d(2018, 6, 24),
            Some("23:00")
        ));
    }

    #[test]
    fn parse_clock_forms() {
        assert_eq!(parse_clock("14:30"), NaiveTime::from_hms_opt(14, 30, 0));
        assert_eq!(parse_clock("9.05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_clock("25:00"), None);
        assert_eq!(parse_clock("abc"), None);
    }
}
