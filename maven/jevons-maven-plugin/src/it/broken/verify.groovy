def log = new File(basedir, 'build.log').text
// the syntax error is in the log as path:line:column (line 6 of broken.energy), at ERROR level
assert log =~ /\[ERROR\] .*src\/main\/energy\/broken\.energy:6:\d+: / : 'syntax error diagnostic missing'
assert log.contains('BUILD FAILURE')
assert log =~ /\d+ error\(s\) in \.energy files/
def report = new File(basedir, 'target/jevons/check-report.txt')
assert report.isFile() : 'the report must be written before the build fails'
assert report.text =~ /src\/main\/energy\/broken\.energy:6:\d+: error: /
return true
