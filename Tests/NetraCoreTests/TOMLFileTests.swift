import Foundation
import Testing
@testable import NetraCore

@Suite struct ScheduleReaderTests {
    @Test func stagesDeadlineAndHolidays() throws {
        let text = """
        resignation_deadline = "pencermatan-dct"
        dct_stage = "penetapan-dct"
        holidays = [2023-06-01, "29 Juni 2023"]

        [[stage]]
        id = "penetapan-dct"
        name = "Penetapan DCT"
        start = 2023-10-04T00:00:00+07:00
        end = 2023-11-03

        [[stage]]
        id = "pencermatan-dct"
        name = "Pencermatan rancangan DCT"
        start = 2023-09-24T00:00:00+07:00
        end = 2023-10-03T23:59:00+07:00
        """
        let reading = TOMLFiles.schedule(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let schedule = try #require(reading.value)
        #expect(schedule.stages.map(\.id) == ["pencermatan-dct", "penetapan-dct"])  // sorted by start
        #expect(schedule.resignationDeadline?.end == Date(timeIntervalSince1970: 1_696_352_340))
        // A bare end date means the whole day in the schedule's zone (WIB by default).
        #expect(schedule.dctStage?.end == Date(timeIntervalSince1970: 1_699_030_799))
        #expect(schedule.holidays == [CivilDate(year: 2023, month: 6, day: 1)!, CivilDate(year: 2023, month: 6, day: 29)!])
        #expect(schedule.stages.map(\.line) == [11, 5])
    }

    @Test func syntaxErrorsGiveTheirLine() {
        let reading = TOMLFiles.schedule(bytes("resignation_deadline = \"x\"\n\n[[stage]]\nid = \"a\nname = 1\n"))
        #expect(reading.value == nil)
        #expect(reading.diagnostics.count == 1)
        #expect(reading.diagnostics[0].line == 4)
        #expect(reading.diagnostics[0].message.hasPrefix("not valid TOML"))
    }

    @Test func valueProblemsNameKeyAndLine() {
        let text = """
        resignation_deadline = "pencermatan"
        colour = "red"

        [[stage]]
        id = "a"
        start = "2023-05-01"
        end = 2023-05-14T23:59:00+07:00

        [[stage]]
        id = "b"
        start = 2023-05-10T00:00:00+07:00
        end = 2023-05-01T00:00:00+07:00
        """
        let out = lines(TOMLFiles.schedule(bytes(text)).diagnostics)
        #expect(out.contains("schedule.toml:1: error: resignation_deadline names stage 'pencermatan', which is not defined; stages: none"))
        #expect(out.contains { $0.hasPrefix("schedule.toml:2: warning: unknown key 'colour' (ignored)") })
        #expect(out.contains { $0.hasPrefix("schedule.toml:6: error: start of stage 'a' is in quotes") })
        #expect(out.contains("schedule.toml:12: error: stage 'b' ends before it starts"))
    }

    @Test func missingDeadlineIsAWarning() throws {
        let reading = TOMLFiles.schedule(bytes("[[stage]]\nid = \"a\"\nstart = 2023-05-01\nend = 2023-05-02\n"))
        #expect(try #require(reading.value).stages.count == 1)
        #expect(lines(reading.diagnostics) == ["schedule.toml: warning: no resignation_deadline = \"<stage id>\": candidates' resignation deadlines cannot be checked"])
    }
}

@Suite struct SettingsReaderTests {
    @Test func readsEveryKey() throws {
        let text = """
        region = "Kota Samarinda"
        timezone = "WIB"
        language = "en"
        [alerts]
        warning_days = 20
        critical_days = 3
        case_due_days = 14
        [kiosk]
        rotate_seconds = 20
        """
        let reading = TOMLFiles.settings(bytes(text))
        #expect(reading.diagnostics.isEmpty)
        let settings = try #require(reading.value)
        #expect(settings.region == "Kota Samarinda")
        #expect(settings.timeZone.identifier == "Asia/Jakarta")
        #expect(settings.thresholds.warningDays == 20)
        #expect(settings.thresholds.criticalDays == 3)
        #expect(settings.thresholds.caseDueDays == 14)
        #expect(settings.kiosk.rotateSeconds == 20)
    }

    @Test func wrongValuesKeepDefaultsAndSayWhere() throws {
        let text = "timezone = \"Mars/Olympus\"\n[alerts]\nwarning_days = \"thirty\"\ncritical_day = 3\n"
        let reading = TOMLFiles.settings(bytes(text))
        #expect(try #require(reading.value).thresholds.warningDays == 30)
        let out = lines(reading.diagnostics)
        #expect(out.contains { $0.hasPrefix("netra.toml:1: error: unknown timezone 'Mars/Olympus'") })
        #expect(out.contains { $0.hasPrefix("netra.toml:3: error: warning_days in [alerts] must be a whole number") })
        #expect(out.contains { $0.hasPrefix("netra.toml:4: warning: unknown key 'critical_day' in [alerts]") })
    }
}
