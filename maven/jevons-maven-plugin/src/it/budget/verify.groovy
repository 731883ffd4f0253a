def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the failed expectation, at its file and line, with its figures in human units, in the log and in the failure message
assert log =~ /expect FAILED: \S+\.energy:\d+: R1_chat energy per request <= 0\.1 Wh \(actual [0-9.]+ Wh, limit 0\.100 Wh\)/ : 'failed expectation not logged'
assert log =~ /1 expectation\(s\) failed: \S+\.energy:\d+: R1_chat energy per request <= 0\.1 Wh \(actual [0-9.]+ Wh, limit 0\.100 Wh\)/
// the reports are written before the build fails: a CI server shows the failed test case
def out = new File(basedir, 'target/jevons')
def junit = new File(out, 'TEST-jevons.xml')
assert junit.isFile() : "no JUnit report: $junit"
assert new groovy.xml.XmlSlurper().parse(junit).'**'.findAll { it.name() == 'failure' }.size() == 1
def report = new groovy.json.JsonSlurper().parse(new File(out, 'report.json'))
assert report.expectations.size() == 1 && report.expectations[0].passed == false
assert new File(out, 'report.txt').isFile() : 'no text report'
return true
