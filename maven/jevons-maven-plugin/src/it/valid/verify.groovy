def out = new File(basedir, 'target/jevons')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// check
def check = new File(out, 'check-report.txt')
assert check.isFile() : "no check report: $check"
assert check.text.contains('jevons: 2 file(s) checked, 0 error(s)') : check.text
assert new File(out, 'checkstyle-result.xml').isFile()

// analyze: JSON contract, JUnit XML, text report
def json = new File(out, 'report.json')
assert json.isFile() : "no JSON report: $json"
def report = new groovy.json.JsonSlurper().parse(json)
['files', 'diagnostics', 'trainings', 'inferences', 'comparisons', 'projections', 'sweeps', 'expectations'].each {
    assert report.containsKey(it) : "report.json lacks '$it': ${report.keySet()}"
}
assert report.files.size() == 2
assert report.trainings*.name == ['GPT3']
assert report.inferences*.name.containsAll(['Llama_chat', 'R1_chat'])
assert report.comparisons*.name == ['R1_chat vs Llama_chat']
assert report.expectations.size() == 2
report.expectations.each { e ->
    assert e.passed == true : e
    ['text', 'actual', 'limit'].each { assert e.containsKey(it) : "expectation lacks '$it': $e" }
}
assert report.expectations*.text.contains('R1_chat energy per request <= 5 Wh')

def junit = new File(out, 'TEST-jevons.xml')
assert junit.isFile() : "no JUnit report: $junit"
def suite = new groovy.xml.XmlSlurper().parse(junit)
assert suite.'**'.findAll { it.name() == 'testcase' }.size() == 2
assert suite.'**'.findAll { it.name() == 'failure' }.size() == 0

assert new File(out, 'report.txt').isFile() : 'no text report'

// sweepTables: each sweep as a wide CSV table, one row per point
def sweep = new File(out, 'sweeps/Reasoning_length.csv')
assert sweep.isFile() : "no sweep table: $sweep"
def rows = sweep.readLines()
assert rows[0] == 'reasoning [tokens],batch,energy_per_request [Wh],energy_per_token [J],annual_energy [kWh]' : rows[0]
assert rows.size() == 1 + 5 * 2 : rows
assert rows[1].startsWith('0,1,') : rows[1]
assert report.sweeps*.name == ['Reasoning_length']
assert log.contains('expect passed: R1_chat energy per request <= 5 Wh')
assert log =~ /jevons: 2 file\(s\) analysed: .*2 expectation\(s\), 0 failed/
return true
