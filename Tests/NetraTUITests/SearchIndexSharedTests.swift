import Testing
@testable import NetraTUI

/// An index that keeps shared values once finds exactly what an index of the whole
/// joined texts finds: the same items, in the same order, for every kind of query.
@Suite struct SearchIndexSharedTests {
    static let units = ["Dinas Kesehatan", "Kecamatan Balikpapan Utara", "Sekretariat Daerah", "BPKAD", "Dinas Pendidikan dan Kebudayaan"]
    static let positions = ["Staf", "Kepala Seksi", "Camat", "Analis Kebijakan", "Guru Ahli Muda"]
    static let parties = ["", "Partai Nusantara Maju", "Partai Élan Rakyat"]
    static let districts = ["", "Balikpapan 1", "Balikpapan 2"]
    static let names = ["Hendra Saputra", "José Ramírez", "Siti Aminah", "Bambang Sutrisno", "Ni Ketut Ayu", "Agus Kesehatan"]

    struct Person {
        let name, nip, unit, position, party, district: String
    }

    static let people: [Person] = (0..<400).map { i in
        Person(name: names[i % names.count] + " \(i)", nip: String(197_000_000_000_000_000 + i * 7919),
               unit: units[i % units.count], position: positions[(i / 3) % positions.count],
               party: parties[(i / 7) % parties.count], district: districts[(i / 11) % districts.count])
    }

    @Test(arguments: ["kes", "kesehatan", "balikpapan utara", "jose", "élan", "camat 12", "1970000", "partai maju",
                      "guru", "x-nothing", "a", "seksi siti", "2 balikpapan"])
    func sharedFieldsFindWhatTheJoinedTextFinds(query: String) {
        let joined = SearchIndex(Self.people.map { [$0.name, $0.nip, $0.unit, $0.position, $0.party, $0.district].joined(separator: "\u{1}") })
        let people = Self.people
        let shared = SearchIndex(count: people.count, own: { people[$0].name + "\u{1}" + people[$0].nip },
                                 shared: [{ people[$0].unit }, { people[$0].position }, { people[$0].party }, { people[$0].district }])
        let all = Array(people.indices)
        let reversed = Array(all.reversed())
        #expect(shared.filter(all, query: query) == joined.filter(all, query: query))
        #expect(shared.filter(reversed, query: query) == joined.filter(reversed, query: query))
    }

    @Test func aWordInAUnitFindsEveryOfficerOfThatUnitOnly() {
        let people = Self.people
        let shared = SearchIndex(count: people.count, own: { people[$0].name }, shared: [{ people[$0].unit }])
        let found = shared.filter(Array(people.indices), query: "kesehatan")
        // "Agus Kesehatan" by name, and every officer of Dinas Kesehatan by unit.
        #expect(Set(found) == Set(people.indices.filter { people[$0].unit == "Dinas Kesehatan" || people[$0].name.hasPrefix("Agus Kesehatan") }))
        #expect(found == found.sorted())
    }
}
