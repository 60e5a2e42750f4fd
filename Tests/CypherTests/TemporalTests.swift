import Cypher
import GraphStore
import Testing

private func text(_ query: String) throws -> String {
    let result = try run(query)
    guard case .temporal(let value) = result.rows.first?.first else { return "not temporal" }
    return value.description
}

@Test func dateFromWeekComponents() throws {
    #expect(try text("RETURN date({year: 1817, week: 1, dayOfWeek: 2})") == "1816-12-31")
}

@Test func dateFromQuarterComponents() throws {
    #expect(try text("RETURN date({year: 1984, quarter: 3, dayOfQuarter: 45})") == "1984-08-14")
}

@Test func dateOverridesFieldsOfBaseDate() throws {
    #expect(try text("RETURN date({date: date('1984-11-11'), year: 28})") == "0028-11-11")
}

@Test func localTimeRendersFractionInGroupsOfThree() throws {
    #expect(try text("RETURN localtime({hour: 12, minute: 31, second: 14, microsecond: 645876})") == "12:31:14.645876")
}

@Test func dateTimeInNamedZoneTakesOffsetOfThatDate() throws {
    #expect(try text("RETURN datetime({year: 1984, ordinalDay: 202, hour: 12, timezone: 'Europe/Stockholm'})")
        == "1984-07-20T12:00+02:00[Europe/Stockholm]")
}

@Test func dateTimeParsesBasicFormWithOffset() throws {
    #expect(try text("RETURN datetime('2015W302T214032.142Z')") == "2015-07-21T21:40:32.142Z")
}

@Test func durationFractionalMonthsFlowIntoDaysAndSeconds() throws {
    #expect(try text("RETURN duration({months: 0.75})") == "P22DT19H51M49.5S")
}

@Test func durationParsesIsoString() throws {
    #expect(try text("RETURN duration('P2.5W')") == "P17DT12H")
}

@Test func dateComponentsAreReadAsProperties() throws {
    let result = try run("WITH date('1984-11-11') AS d RETURN d.week, d.weekDay, d.ordinalDay, d.dayOfQuarter")
    #expect(result.rows == [[.int(45), .int(7), .int(316), .int(42)]])
}

@Test func addingDurationToDateClampsToMonthEnd() throws {
    #expect(try text("RETURN date('2015-01-31') + duration({months: 1})") == "2015-02-28")
}

@Test func durationBetweenCountsCompleteMonthsThenDays() throws {
    #expect(try text("RETURN duration.between(date('2015-01-31'), date('2015-03-01'))") == "P1M1D")
}

@Test func durationInSecondsAcrossDaylightSavingEnd() throws {
    let query = """
        RETURN duration.inSeconds(datetime({year: 2017, month: 10, day: 29, timezone: 'Europe/Stockholm'}),
                                  localdatetime({year: 2017, month: 10, day: 29, hour: 4}))
        """
    #expect(try text(query) == "PT5H")
}

@Test func truncateToWeekThenOverrideDay() throws {
    #expect(try text("RETURN date.truncate('week', date('1984-10-11'), {dayOfWeek: 2})") == "1984-10-09")
}

@Test func temporalValuesCompareByInstant() throws {
    let result = try run("RETURN datetime('2000-01-01T01:00+01:00') < datetime('2000-01-01T00:30Z') AS earlier")
    #expect(result.rows == [[.bool(true)]])
}

@Test func clockFunctionsAgreeWithinOneQuery() throws {
    #expect(try run("RETURN datetime() = datetime() AS same").rows == [[.bool(true)]])
}

@Test func temporalPropertiesAreStoredInMemoryGraph() throws {
    let graph = MemoryGraph()
    let engine = QueryEngine(graph: graph)
    _ = try engine.run("CREATE (:E {at: date('2020-02-29')})")
    let result = try engine.run("MATCH (e:E) RETURN e.at + duration('P1Y') AS later")
    guard case .temporal(let later) = result.rows.first?.first else {
        Issue.record("expected a temporal value")
        return
    }
    #expect(later.description == "2021-02-28")
}

@Test func toStringRendersTemporalValues() throws {
    #expect(try run("RETURN toString(time('214032-0100')) AS t").rows == [[.string("21:40:32-01:00")]])
}

@Test func localTimeSkippedByDaylightSavingMovesPastTheGap() throws {
    #expect(try text("RETURN datetime('2020-03-29T02:30[Europe/Stockholm]')") == "2020-03-29T03:30+02:00[Europe/Stockholm]")
}
